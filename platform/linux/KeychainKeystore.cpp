#include "KeychainKeystore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <qt6keychain/keychain.h>

namespace dit {

namespace {
Error keystoreError(const QKeychain::Job *job)
{
    // The job's message can name the backend, never the secret.
    return makeError(ErrorCode::Io, job->errorString());
}
} // namespace

KeychainKeystore::KeychainKeystore(QString service) : m_service(std::move(service)) {}

bool KeychainKeystore::isAvailable() const
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return false;
    return bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
}

void KeychainKeystore::store(const QString &name, const SecretBytes &secret,
                             std::function<void(Status)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    job->setBinaryData(secret.view().toByteArray());
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError ? Status() : Status(keystoreError(j)));
    });
    job->start();
}

void KeychainKeystore::load(const QString &name, std::function<void(Result<SecretBytes>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() == QKeychain::EntryNotFound) {
            // Nothing kept under this name: told apart from a keyring that did not answer.
            done(makeError(ErrorCode::NotFound, QStringLiteral("No such keystore entry.")));
            return;
        }
        if (read->error() != QKeychain::NoError) {
            done(keystoreError(read));
            return;
        }
        QByteArray data = read->binaryData();
        SecretBytes secret = SecretBytes::copyOf(data);
        wipeBytes(data);
        done(std::move(secret));
    });
    job->start();
}

void KeychainKeystore::remove(const QString &name, std::function<void(Status)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setAutoDelete(true);
    job->setKey(name);
    QObject::connect(job, &QKeychain::Job::finished, [done](QKeychain::Job *j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound
                 ? Status()
                 : Status(keystoreError(j)));
    });
    job->start();
}

} // namespace dit
