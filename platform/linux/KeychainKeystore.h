#pragma once

#include "platform/Keystore.h"

namespace dit {

// The desktop keystore through QtKeychain (Secret Service / GNOME Keyring / KWallet over
// D-Bus). Unavailable, not failing, when no keyring service is running.
class KeychainKeystore final : public Keystore
{
public:
    explicit KeychainKeystore(QString service = QStringLiteral("dit-companion"));

    bool isAvailable() const override;
    void store(const QString &name, const SecretBytes &secret,
               std::function<void(Status)> done) override;
    void load(const QString &name, std::function<void(Result<SecretBytes>)> done) override;
    void remove(const QString &name, std::function<void(Status)> done) override;

private:
    QString m_service;
};

} // namespace dit
