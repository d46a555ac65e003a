#pragma once

#include "crypto/SecretBytes.h"
#include "sync/HttpClient.h"

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace dit::test {

// PouchDB Server (tests/sync-server, installed by scripts/install-deps.sh) on 127.0.0.1 at a
// free port, run from a temporary folder (it writes config.json and log.txt there), with an
// admin account made at once (it starts in "admin party" mode). Stopped by its own pid.
class SyncServer
{
public:
    SyncServer();
    ~SyncServer();

    // Empty if node and pouchdb-server are there; otherwise why the sync tests are skipped.
    static QString unavailableReason();

    bool start(QString *problem);
    void stop();
    // Stops and starts again on the same port: an in-memory server comes back empty.
    bool restart(QString *problem);

    QUrl url() const { return m_url; }
    QString adminName() const { return QStringLiteral("admin"); }
    SecretBytes adminPassword() const;

    // A request as the admin; `path` from the server root ("/_all_dbs").
    sync::HttpResponse admin(const QByteArray &method, const QString &path,
                             const QByteArray &body = {});
    // A service configuration folder inside `parent` whose service.json names this server
    // and a short-code account (user "dit-rendezvous"); returns the folder.
    QString writeServiceFolder(const QString &parent) const;
    static QByteArray rendezvousPassword() { return "rendezvous only"; }
    // Where the server holds the envelope with document id `docId` in `database`: alone, or in
    // the bundle it was sent in (docs/SYNC.md, "Bundles"). `path` from the server root (empty:
    // not held); `entry`: its place in the bundle's list (-1: alone).
    struct Held
    {
        QString path;
        QJsonObject doc;
        int entry = -1;
        QString envelope() const;
        void setEnvelope(const QString &encoded); // in `doc`, to be PUT back
    };
    Held held(const QString &database, const QString &docId);
    // How many envelopes `database` holds: documents alone and bundles' entries.
    int envelopeCount(const QString &database);
    // Everything the server holds and wrote: every database's documents (with conflicts and
    // old revisions), security objects, users, its config and log files.
    QByteArray dumpEverything();

private:
    bool launch(QString *problem);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<sync::HttpClient> m_http;
    QUrl m_url;
    quint16 m_port = 0;
};

} // namespace dit::test
