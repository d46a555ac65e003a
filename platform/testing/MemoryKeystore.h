#pragma once

#include "platform/Keystore.h"

#include <QHash>

#include <algorithm>
#include <memory>

namespace dit {

// Test double: keeps secrets in (guarded) memory and answers synchronously. `available`
// and `failNext` let tests walk the unhappy paths.
class MemoryKeystore final : public Keystore
{
public:
    bool available = true;
    bool failNext = false;
    bool silent = false; // loads are never answered, as a stuck keyring's

    bool isAvailable() const override { return available; }
    void store(const QString &name, const SecretBytes &secret,
               std::function<void(Status)> done) override;
    void load(const QString &name, std::function<void(Result<SecretBytes>)> done) override;
    void remove(const QString &name, std::function<void(Status)> done) override;
    bool contains(const QString &name) const { return m_items.contains(name); }
    int count() const { return int(m_items.size()); }
    // Items whose name starts with `prefix` (a kind of item: "quick-unlock/", "attempts/").
    int countStartingWith(const QString &prefix) const
    {
        return int(std::count_if(m_items.keyBegin(), m_items.keyEnd(),
                                 [&](const QString &name) { return name.startsWith(prefix); }));
    }

private:
    bool consumeFailure();
    QHash<QString, std::shared_ptr<SecretBytes>> m_items;
};

} // namespace dit
