#include "CrashHarness.h"

#include "common/Clock.h"
#include "storage/Profile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace dit::test {

namespace {

Error failure(const QString &what)
{
    return makeError(ErrorCode::Internal, what);
}

bool digestMatches(const QJsonObject &body)
{
    const QString text = body.value(QStringLiteral("text")).toString();
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
    return !text.isEmpty() && body.value(QStringLiteral("digest")).toString() == digest;
}

} // namespace

WriterSpec stressWriteSpec(const QString &profileDir, const QByteArray &passphrase, quint32 seed,
                           int first)
{
    WriterSpec spec;
    spec.program = QStringLiteral(DIT_DITC_PATH);
    spec.arguments = {QStringLiteral("--profile"),    profileDir,
                      QStringLiteral("stress-write"), QStringLiteral("--seed"),
                      QString::number(seed),          QStringLiteral("--first"),
                      QString::number(first)};
    spec.input = passphrase + '\n';
    // "record <kind> <id> <n>" and "draft <key> <n>"
    spec.parse = [](const QByteArray &line, Ack *ack) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 4 && f.at(0) == "record") {
            *ack = {Ack::Type::Record, QString::fromLatin1(f.at(1)), QString::fromLatin1(f.at(2)),
                    f.at(3).toInt()};
            return true;
        }
        if (f.size() == 3 && f.at(0) == "draft") {
            *ack = {Ack::Type::Draft, {}, QString::fromLatin1(f.at(1)), f.at(2).toInt()};
            return true;
        }
        return false;
    };
    spec.recordIsWhole = [](const Record &r) {
        return (r.kind == QStringLiteral("response") || r.kind == QStringLiteral("note")) &&
               digestMatches(r.body) &&
               (r.kind == QStringLiteral("note") ||
                r.body.value(QStringLiteral("answers")).toArray().size() == 9);
    };
    spec.draftIsWhole = digestMatches;
    return spec;
}

CrashHarness::CrashHarness(QString profileDir, QByteArray passphrase)
    : m_dir(std::move(profileDir)), m_passphrase(std::move(passphrase))
{}

CrashHarness::Round CrashHarness::runAndKill(const WriterSpec &spec, int delayMs)
{
    Round round;
    QProcess p;
    // Its own process group, so a shell loop and the commands it runs all die together.
    p.setChildProcessModifier([] { ::setpgid(0, 0); });
    p.start(spec.program, spec.arguments);
    if (!p.waitForStarted())
        qFatal("the writer did not start");
    p.write(spec.input);
    p.closeWriteChannel();
    const qint64 pid = p.processId();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < delayMs && p.state() == QProcess::Running)
        p.waitForReadyRead(std::max<int>(1, delayMs - int(timer.elapsed())));
    if (p.state() == QProcess::Running) {
        ::kill(-pid, SIGKILL);
        p.waitForFinished(10000);
    } else {
        round.exitedEarly = true;
    }
    const QByteArray out = p.readAllStandardOutput();
    round.stderrText = p.readAllStandardError();
    // Only whole lines count: a line cut by the kill was never acknowledged.
    const QList<QByteArray> lines = out.split('\n');
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        Ack ack;
        if (spec.parse(lines.at(i), &ack)) {
            round.acks << ack;
            if (ack.type == Ack::Type::Record)
                m_records.insert(ack.key, ack);
            else
                m_lastDraft[ack.key] = std::max(m_lastDraft.value(ack.key), ack.n);
        }
    }
    return round;
}

Status CrashHarness::checkContents(const WriterSpec &spec, Database &db)
{
    // Every record in the store is whole.
    auto all = db.prepare("SELECT id, kind, thread, parent, subject, author, created_at, schema, "
                          "body FROM records");
    if (!all)
        return all.error();
    QSet<QString> present;
    while (all.value().next()) {
        Record r;
        r.id = all.value().text(0);
        r.kind = all.value().text(1);
        QJsonParseError err{};
        const QJsonDocument doc = QJsonDocument::fromJson(all.value().text(8).toUtf8(), &err);
        if (err.error != QJsonParseError::NoError || !doc.isObject())
            return failure(QStringLiteral("record %1 has a partial body").arg(r.id));
        r.body = doc.object();
        if (!spec.recordIsWhole(r))
            return failure(QStringLiteral("record %1 is not whole").arg(r.id));
        present.insert(r.id);
    }
    if (all.value().failed())
        return all.value().error();
    // Every acknowledged record is there, as acknowledged.
    for (const Ack &ack : std::as_const(m_records))
        if (!present.contains(ack.key))
            return failure(QStringLiteral("acknowledged record %1 (write %2) is missing")
                               .arg(ack.key)
                               .arg(ack.n));
    // Each draft is whole and no older than the last acknowledged save.
    for (auto it = m_lastDraft.cbegin(); it != m_lastDraft.cend(); ++it) {
        auto draft = db.prepare("SELECT body FROM drafts WHERE key = ?");
        if (!draft)
            return draft.error();
        draft.value().bind(1, it.key());
        if (!draft.value().next())
            return failure(QStringLiteral("acknowledged draft %1 is missing").arg(it.key()));
        const QJsonObject body = QJsonDocument::fromJson(draft.value().text(0).toUtf8()).object();
        if (!spec.draftIsWhole(body))
            return failure(QStringLiteral("draft %1 is not whole").arg(it.key()));
        if (body.value(QStringLiteral("n")).toInt() < it.value())
            return failure(QStringLiteral("draft %1 went back from save %2 to %3")
                               .arg(it.key())
                               .arg(it.value())
                               .arg(body.value(QStringLiteral("n")).toInt()));
    }
    return {};
}

Status CrashHarness::verify(const WriterSpec &spec)
{
    SystemClock clock;
    Profile profile(m_dir, clock);
    const SecretBytes pass = SecretBytes::copyOf(m_passphrase);
    if (Status s = profile.checkReadOnly(pass); !s)
        return s;
    auto keyFile = KeyFile::read(profile.keyFilePath());
    if (!keyFile)
        return keyFile.error();
    auto key = keyFile.value().unwrapWithPassphrase(pass);
    if (!key)
        return key.error();
    auto db = Database::open(profile.databasePath(), key.value(), Database::Mode::ReadOnly);
    if (!db)
        return db.error();
    return checkContents(spec, *db.value());
}

Status CrashHarness::verifyByUnlocking(const WriterSpec &spec)
{
    SystemClock clock;
    Profile profile(m_dir, clock);
    auto store = profile.unlock(SecretBytes::copyOf(m_passphrase));
    if (!store)
        return store.error();
    if (Status s = store.value()->database().checkIntegrity(true); !s)
        return s;
    return checkContents(spec, store.value()->database());
}

} // namespace dit::test
