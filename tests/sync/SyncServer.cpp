#include "SyncServer.h"

#include "NetworkHttpClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpServer>
#include <QThread>

namespace dit::test {

namespace {

const QByteArray kAdminPassword = "admin-test-password";

QString serverProgram()
{
    return QStringLiteral(DIT_SYNC_SERVER_DIR "/node_modules/.bin/pouchdb-server");
}

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

SyncServer::SyncServer() : m_http(std::make_unique<sync::NetworkHttpClient>()) {}

SyncServer::~SyncServer()
{
    stop();
}

QString SyncServer::unavailableReason()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty())
        return QStringLiteral("node is not installed (scripts/install-deps.sh installs it)");
    if (!QFile::exists(serverProgram()))
        return QStringLiteral("pouchdb-server is not installed in tests/sync-server "
                              "(scripts/install-deps.sh installs it)");
    return {};
}

SecretBytes SyncServer::adminPassword() const
{
    return SecretBytes::copyOf(kAdminPassword);
}

bool SyncServer::launch(QString *problem)
{
    m_process = std::make_unique<QProcess>();
    m_process->setWorkingDirectory(m_dir->path());
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->filePath(QStringLiteral("stdout.txt")));
    m_process->start(serverProgram(), {QStringLiteral("--in-memory"), QStringLiteral("--host"),
                                       QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                       QString::number(m_port)});
    if (!m_process->waitForStarted(10000)) {
        *problem = QStringLiteral("pouchdb-server did not start: ") + m_process->errorString();
        return false;
    }
    m_url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 30000) {
        sync::HttpRequest ping;
        ping.url = m_url;
        ping.totalTimeoutMs = 2000;
        if (m_http->send(ping).ok())
            break;
        if (m_process->state() != QProcess::Running) {
            *problem = QStringLiteral("pouchdb-server stopped at once");
            return false;
        }
        QThread::msleep(150);
    }
    // Leave "admin party": from now on only the admin and each pair's user get in.
    sync::HttpRequest makeAdmin;
    makeAdmin.method = "PUT";
    makeAdmin.url = QUrl(m_url.toString() + QStringLiteral("/_config/admins/admin"));
    makeAdmin.body = '"' + kAdminPassword + '"';
    if (!m_http->send(makeAdmin).ok()) {
        *problem = QStringLiteral("pouchdb-server did not answer on port %1").arg(m_port);
        return false;
    }
    return true;
}

bool SyncServer::start(QString *problem)
{
    if (QString why = unavailableReason(); !why.isEmpty()) {
        *problem = why;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    for (int attempt = 0; attempt < 3; ++attempt) {
        m_port = freePort();
        if (m_port != 0 && launch(problem))
            return true;
        stop();
    }
    return false;
}

void SyncServer::stop()
{
    if (!m_process)
        return;
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM to the pid we started, nothing else
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
    m_process.reset();
}

bool SyncServer::restart(QString *problem)
{
    stop();
    return launch(problem);
}

sync::HttpResponse SyncServer::admin(const QByteArray &method, const QString &path,
                                     const QByteArray &body)
{
    sync::HttpRequest req;
    req.method = method;
    req.url = QUrl(m_url.toString() + path);
    req.body = body;
    req.authorization = "Basic " + QByteArray("admin:" + kAdminPassword).toBase64();
    return m_http->send(req);
}

QString SyncServer::writeServiceFolder(const QString &parent) const
{
    const QString folder = parent + QStringLiteral("/service");
    QDir().mkpath(folder);
    const QJsonObject config{
        {QStringLiteral("format"), QStringLiteral("dit-companion-service")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("crisis"),
         QJsonObject{{QStringLiteral("contacts"),
                      QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("X")},
                                             {QStringLiteral("action"), QStringLiteral("call")},
                                             {QStringLiteral("number"), QStringLiteral("999")}}}}}},
        {QStringLiteral("sync"),
         QJsonObject{{QStringLiteral("server"), m_url.toString()},
                     {QStringLiteral("rendezvous"),
                      QJsonObject{{QStringLiteral("user"), QStringLiteral("dit-rendezvous")},
                                  {QStringLiteral("password"),
                                   QString::fromLatin1(rendezvousPassword())}}}}}};
    QFile f(folder + QStringLiteral("/service.json"));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(config).toJson()) < 0)
        qFatal("could not write the service configuration");
    return folder;
}

namespace {
const QString kEntries = QStringLiteral("b");
const QString kEnvelope = QStringLiteral("e");

QJsonArray documents(SyncServer &server, const QString &database)
{
    const QJsonArray rows =
        QJsonDocument::fromJson(
            server.admin("GET", QLatin1Char('/') + database + "/_all_docs?include_docs=true").body)
            .object()
            .value(QStringLiteral("rows"))
            .toArray();
    QJsonArray docs;
    for (const QJsonValue &row : rows)
        docs.append(row.toObject().value(QStringLiteral("doc")));
    return docs;
}
} // namespace

QString SyncServer::Held::envelope() const
{
    if (entry < 0)
        return doc.value(kEnvelope).toString();
    return doc.value(kEntries).toArray().at(entry).toObject().value(kEnvelope).toString();
}

void SyncServer::Held::setEnvelope(const QString &encoded)
{
    if (entry < 0) {
        doc.insert(kEnvelope, encoded);
        return;
    }
    QJsonArray entries = doc.value(kEntries).toArray();
    QJsonObject e = entries.at(entry).toObject();
    e.insert(kEnvelope, encoded);
    entries.replace(entry, e);
    doc.insert(kEntries, entries);
}

SyncServer::Held SyncServer::held(const QString &database, const QString &docId)
{
    for (const QJsonValue &v : documents(*this, database)) {
        const QJsonObject doc = v.toObject();
        const QString path = QLatin1Char('/') + database + QLatin1Char('/') +
                             doc.value(QStringLiteral("_id")).toString();
        if (doc.value(QStringLiteral("_id")).toString() == docId)
            return {path, doc, -1};
        const QJsonArray entries = doc.value(kEntries).toArray();
        for (int i = 0; i < entries.size(); ++i)
            if (entries.at(i).toObject().value(QStringLiteral("_id")).toString() == docId)
                return {path, doc, i};
    }
    return {};
}

int SyncServer::envelopeCount(const QString &database)
{
    int count = 0;
    for (const QJsonValue &v : documents(*this, database)) {
        const QJsonObject doc = v.toObject();
        count += doc.contains(kEntries) ? int(doc.value(kEntries).toArray().size()) : 1;
    }
    return count;
}

QByteArray SyncServer::dumpEverything()
{
    QByteArray dump;
    const QJsonArray dbs =
        QJsonDocument::fromJson(admin("GET", QStringLiteral("/_all_dbs")).body).array();
    for (const QJsonValue &db : dbs) {
        const QString name = QLatin1Char('/') + db.toString();
        dump +=
            admin("GET", name + QStringLiteral("/_all_docs?include_docs=true&conflicts=true")).body;
        dump +=
            admin("GET", name + QStringLiteral("/_changes?style=all_docs&include_docs=true")).body;
        dump += admin("GET", name + QStringLiteral("/_security")).body;
    }
    for (const QString &file :
         {QStringLiteral("config.json"), QStringLiteral("log.txt"), QStringLiteral("stdout.txt")}) {
        QFile f(m_dir->filePath(file));
        if (f.open(QIODevice::ReadOnly))
            dump += f.readAll();
    }
    return dump;
}

} // namespace dit::test
