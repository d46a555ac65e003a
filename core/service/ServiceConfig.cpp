#include "ServiceConfig.h"

#include "common/JsonNumber.h"
#include "common/Logging.h"
#include "common/RegularFile.h"
#include "sync/CouchDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dit {

namespace {

constexpr qint64 kMaxServiceFileBytes = qint64(1024) * 1024;

Error problem(const QString &file, const QString &what)
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("ServiceConfig", "%1: %2").arg(file, what));
}

// A number a phone can call or text: 3 to 15 digits (E.164's longest), spaces between.
bool validNumber(const QString &n)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 ]{1,19}$"));
    qsizetype digits = 0;
    for (const QChar ch : n)
        digits += ch.isDigit() ? 1 : 0;
    return re.match(n).hasMatch() && digits >= 3 && digits <= 15;
}

// The numbers that reach the emergency services (UK 999, Europe 112, North America 911).
bool isEmergencyNumber(const QString &n)
{
    QString digits = n;
    digits.remove(QLatin1Char(' '));
    return digits == QStringLiteral("999") || digits == QStringLiteral("112") ||
           digits == QStringLiteral("911");
}

// "sync": {"server": URL, "rendezvous": {"user", "password"}}, all optional.
Result<SyncServiceConfig> parseSync(const QJsonValue &value, const QString &fileName)
{
    SyncServiceConfig sync;
    if (value.isUndefined())
        return sync;
    const auto say = [&fileName](const char *what) {
        return problem(fileName, QCoreApplication::translate("ServiceConfig", what));
    };
    if (!value.isObject())
        return say(QT_TRANSLATE_NOOP("ServiceConfig", "\"sync\" must be an object."));
    const QJsonObject o = value.toObject();
    if (o.contains(QStringLiteral("server"))) {
        sync.server = QUrl(o.value(QStringLiteral("server")).toString(), QUrl::StrictMode);
        if (!sync::CouchDatabase::addressAllowed(sync.server))
            return say(QT_TRANSLATE_NOOP(
                "ServiceConfig",
                "\"sync.server\" must be an https address without a name or password."));
    }
    if (!o.contains(QStringLiteral("rendezvous")))
        return sync;
    const QJsonObject r = o.value(QStringLiteral("rendezvous")).toObject();
    sync.rendezvousUser = r.value(QStringLiteral("user")).toString().trimmed();
    sync.rendezvousPassword = r.value(QStringLiteral("password")).toString();
    if (sync.rendezvousUser.isEmpty() || sync.rendezvousPassword.isEmpty())
        return say(QT_TRANSLATE_NOOP("ServiceConfig",
                                     "\"sync.rendezvous\" needs a \"user\" and a \"password\"."));
    if (sync.server.isEmpty())
        return say(
            QT_TRANSLATE_NOOP("ServiceConfig", "\"sync.rendezvous\" needs \"sync.server\" too."));
    return sync;
}

} // namespace

QString CrisisContact::dialUri() const
{
    QString digits = number;
    digits.remove(QLatin1Char(' '));
    if (action == Action::Text)
        return QStringLiteral("sms:") + digits +
               (message.isEmpty() ? QString() : QStringLiteral("?body=") + message);
    return QStringLiteral("tel:") + digits;
}

ServiceConfig ServiceConfig::builtIn()
{
    QFile f(QStringLiteral(":/dit/service/service.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("built-in service configuration missing from resources");
    auto parsed = parse(f.readAll(), QStringLiteral("built-in service.json"));
    if (!parsed)
        qFatal("built-in service configuration is invalid");
    return parsed.value();
}

Result<ServiceConfig> ServiceConfig::loadFromFolder(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("service.json"));
    if (!QFileInfo::exists(path))
        return builtIn();
    auto bytes = readRegularFile(path, kMaxServiceFileBytes);
    if (!bytes)
        return makeError(ErrorCode::BadInput, bytes.error().message);
    return parse(bytes.value(), path);
}

Result<ServiceConfig> ServiceConfig::parse(const QByteArray &json, const QString &fileName)
{
    QStringList problems;
    ServiceConfig c = parseCollecting(json, fileName, &problems);
    if (!problems.isEmpty())
        return makeError(ErrorCode::BadInput, problems.join(QLatin1Char('\n')));
    return c;
}

QStringList ServiceConfig::problemsIn(const QString &folder)
{
    const QString path = QDir(folder).filePath(QStringLiteral("service.json"));
    if (!QFileInfo::exists(path))
        return {};
    auto bytes = readRegularFile(path, kMaxServiceFileBytes);
    if (!bytes)
        return {bytes.error().message};
    QStringList problems;
    parseCollecting(bytes.value(), path, &problems);
    return problems;
}

ServiceConfig ServiceConfig::parseCollecting(const QByteArray &json, const QString &fileName,
                                             QStringList *problems)
{
    const auto say = [&](const QString &what) {
        problems->append(problem(fileName, what).message);
    };
    ServiceConfig c;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError) {
        say(QCoreApplication::translate("ServiceConfig", "not valid JSON (%1 at offset %2).")
                .arg(err.errorString())
                .arg(err.offset));
        return c;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QStringLiteral("dit-companion-service"))
        say(QCoreApplication::translate("ServiceConfig",
                                        "\"format\" must be \"dit-companion-service\"."));
    if (wholeNumber(root.value(QStringLiteral("version")), 1, 1) != 1)
        say(QCoreApplication::translate("ServiceConfig", "unsupported \"version\" (must be 1)."));
    if (!problems->isEmpty())
        return c;

    c.m_serviceName = root.value(QStringLiteral("serviceName")).toString();
    const QJsonObject crisis = root.value(QStringLiteral("crisis")).toObject();
    c.m_crisisIntro = crisis.value(QStringLiteral("intro")).toString();
    const QJsonArray contacts = crisis.value(QStringLiteral("contacts")).toArray();
    if (contacts.isEmpty())
        say(QCoreApplication::translate("ServiceConfig",
                                        "\"crisis.contacts\" must list at least one contact."));
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const QJsonObject o = contacts.at(i).toObject();
        CrisisContact contact;
        contact.name = o.value(QStringLiteral("name")).toString().trimmed();
        contact.detail = o.value(QStringLiteral("detail")).toString().trimmed();
        contact.number = o.value(QStringLiteral("number")).toString().trimmed();
        contact.message = o.value(QStringLiteral("message")).toString().trimmed();
        const QString action = o.value(QStringLiteral("action")).toString();
        const QString where = QStringLiteral("crisis.contacts[%1]").arg(i);
        if (action == QStringLiteral("call"))
            contact.action = CrisisContact::Action::Call;
        else if (action == QStringLiteral("text"))
            contact.action = CrisisContact::Action::Text;
        else
            say(QCoreApplication::translate("ServiceConfig",
                                            "%1: \"action\" must be \"call\" or \"text\".")
                    .arg(where));
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind.isEmpty())
            contact.kind = isEmergencyNumber(contact.number) ? CrisisContact::Kind::Emergency
                                                             : CrisisContact::Kind::Helpline;
        else if (kind == QStringLiteral("emergency"))
            contact.kind = CrisisContact::Kind::Emergency;
        else if (kind == QStringLiteral("service"))
            contact.kind = CrisisContact::Kind::Service;
        else if (kind == QStringLiteral("therapist"))
            contact.kind = CrisisContact::Kind::Therapist;
        else if (kind == QStringLiteral("helpline"))
            contact.kind = CrisisContact::Kind::Helpline;
        else
            say(QCoreApplication::translate("ServiceConfig",
                                            "%1: \"kind\" must be \"emergency\", \"service\", "
                                            "\"therapist\" or \"helpline\".")
                    .arg(where));
        if (contact.name.isEmpty())
            say(QCoreApplication::translate("ServiceConfig", "%1: \"name\" is missing.")
                    .arg(where));
        if (!validNumber(contact.number))
            say(QCoreApplication::translate(
                    "ServiceConfig",
                    "%1: \"number\" is not a phone number to call or text (3 to 15 digits, "
                    "spaces and a leading + allowed, written as text).")
                    .arg(where));
        c.m_contacts.append(contact);
    }
    auto sync = parseSync(root.value(QStringLiteral("sync")), fileName);
    if (sync)
        c.m_sync = sync.value();
    else
        problems->append(sync.error().message);
    return c;
}

} // namespace dit
