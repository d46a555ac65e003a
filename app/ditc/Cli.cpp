#include "Cli.h"

#include <QJsonDocument>

#include <termios.h>
#include <unistd.h>

namespace dit::cli {

int exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::BadInput:
    case ErrorCode::NotFound:
    case ErrorCode::AlreadyExists:
        return kBadInput;
    case ErrorCode::WrongPassphrase:
    case ErrorCode::LockedOut:
        return kWrongPassphrase;
    case ErrorCode::Damaged:
        return kDamaged;
    case ErrorCode::DiskFull:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        return kFailed;
    }
    return kFailed;
}

QString isoLocal(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime local = t.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

bool Args::takeFlag(const QString &flag)
{
    return m_args.removeOne(flag);
}

std::optional<QString> Args::takeOption(const QString &name)
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        const QString &a = m_args.at(i);
        if (a == name) {
            if (i + 1 >= m_args.size()) {
                m_problem = QStringLiteral("%1 needs a value").arg(name);
                m_args.removeAt(i);
                return std::nullopt;
            }
            QString v = m_args.at(i + 1);
            m_args.remove(i, 2);
            return v;
        }
        if (a.startsWith(name + QLatin1Char('='))) {
            QString v = a.mid(name.size() + 1);
            m_args.removeAt(i);
            return v;
        }
    }
    return std::nullopt;
}

QString Args::takePositional()
{
    for (qsizetype i = 0; i < m_args.size(); ++i) {
        if (!m_args.at(i).startsWith(QLatin1String("--")))
            return m_args.takeAt(i);
    }
    return {};
}

std::optional<QString> Args::leftover() const
{
    if (!m_problem.isEmpty())
        return m_problem;
    if (m_args.isEmpty())
        return std::nullopt;
    return QStringLiteral("unexpected argument: %1").arg(m_args.first());
}

namespace {

// Reads bytes up to a newline straight into guarded memory.
Result<SecretBytes> readLineSecret(const char *prompt)
{
    const bool tty = ::isatty(STDIN_FILENO);
    termios saved{};
    if (tty) {
        std::fprintf(stderr, "%s: ", prompt);
        std::fflush(stderr);
        ::tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    constexpr std::size_t kMax = 4096;
    SecretBytes buffer(kMax);
    std::size_t len = 0;
    bool sawAny = false;
    bool tooLong = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n <= 0)
            break;
        sawAny = true;
        if (c == '\n')
            break;
        if (len < kMax)
            buffer.data()[len++] = static_cast<unsigned char>(c);
        else
            tooLong = true;
    }
    if (tty) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    if (!sawAny)
        return makeError(ErrorCode::BadInput, QStringLiteral("expected %1 on standard input")
                                                  .arg(QString::fromUtf8(prompt).toLower()));
    if (tooLong)
        return makeError(ErrorCode::BadInput, QStringLiteral("input line is too long"));
    if (len > 0 && buffer.data()[len - 1] == '\r')
        --len;
    return SecretBytes::copyOf(buffer.view().first(qsizetype(len)));
}

} // namespace

Result<SecretBytes> Context::readSecret(const char *prompt)
{
    return readLineSecret(prompt);
}

Result<QString> Context::readLine(const char *prompt)
{
    auto line = readLineSecret(prompt);
    if (!line)
        return line.error();
    return QString::fromUtf8(line.value().view());
}

void Context::print(const QJsonObject &obj, const QStringList &plain)
{
    if (json) {
        std::fputs(QJsonDocument(obj).toJson(QJsonDocument::Compact).constData(), stdout);
        std::fputc('\n', stdout);
    } else {
        for (const QString &line : plain) {
            std::fputs(line.toUtf8().constData(), stdout);
            std::fputc('\n', stdout);
        }
    }
    std::fflush(stdout);
}

int Context::fail(const Error &error)
{
    QString oneLine = error.message;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    std::fprintf(stderr, "ditc: %s\n", oneLine.toUtf8().constData());
    return exitCodeFor(error.code);
}

int Context::failProfile(const Error &error)
{
    if (error.code != ErrorCode::Damaged)
        return fail(error);
    Error withHint = error;
    withHint.message += QStringLiteral(" Nothing was changed. To restore a backup into a new "
                                       "folder: ditc --profile NEW-FOLDER backup restore FILE");
    return fail(withHint);
}

int Context::usage(const QString &message)
{
    std::fprintf(stderr, "ditc: %s (see ditc --help)\n", message.toUtf8().constData());
    return kBadInput;
}

} // namespace dit::cli
