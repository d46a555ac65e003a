#include "MemoryKeystore.h"

namespace dit {

namespace {
Error injected()
{
    return makeError(ErrorCode::Io, QStringLiteral("The keystore refused (test fault)."));
}
} // namespace

bool MemoryKeystore::consumeFailure()
{
    const bool fail = failNext || !available;
    failNext = false;
    return fail;
}

void MemoryKeystore::store(const QString &name, const SecretBytes &secret,
                           std::function<void(Status)> done)
{
    if (consumeFailure()) {
        done(injected());
        return;
    }
    m_items.insert(name, std::make_shared<SecretBytes>(SecretBytes::copyOf(secret.view())));
    done({});
}

void MemoryKeystore::load(const QString &name, std::function<void(Result<SecretBytes>)> done)
{
    if (silent)
        return;
    if (consumeFailure()) {
        done(injected());
        return;
    }
    auto it = m_items.constFind(name);
    if (it == m_items.constEnd()) {
        done(makeError(ErrorCode::NotFound, QStringLiteral("No such keystore entry.")));
        return;
    }
    done(SecretBytes::copyOf(it.value()->view()));
}

void MemoryKeystore::remove(const QString &name, std::function<void(Status)> done)
{
    if (consumeFailure()) {
        done(injected());
        return;
    }
    m_items.remove(name);
    done({});
}

} // namespace dit
