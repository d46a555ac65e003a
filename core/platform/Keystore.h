#pragma once

#include "common/Result.h"
#include "crypto/SecretBytes.h"

#include <QString>

#include <functional>

namespace dit {

// The platform's secret store (Secret Service on Linux, Android Keystore, iOS Keychain),
// used only for optional quick unlock. Implementations live in platform/<os>/; tests use
// platform/testing/MemoryKeystore. Calls may complete asynchronously, on the caller's thread.
class Keystore
{
public:
    virtual ~Keystore() = default;

    // Whether this device has a usable keystore at all (e.g. a running keyring).
    virtual bool isAvailable() const = 0;

    virtual void store(const QString &name, const SecretBytes &secret,
                       std::function<void(Status)> done) = 0;
    virtual void load(const QString &name, std::function<void(Result<SecretBytes>)> done) = 0;
    virtual void remove(const QString &name, std::function<void(Status)> done) = 0;
};

} // namespace dit
