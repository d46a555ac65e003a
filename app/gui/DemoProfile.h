#pragma once

#include "common/Clock.h"
#include "storage/Store.h"

#include <QTemporaryDir>

#include <memory>

namespace dit {

// A throwaway profile in a temporary folder, opened without a passphrase and deleted on exit.
// It is never the person's real profile.
class DemoProfile
{
public:
    DemoProfile();
    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path() + QStringLiteral("/profile"); }
    // Creates and fills the profile; the store is returned unlocked.
    Result<std::unique_ptr<Store>> create(const Clock &clock, const QString &stage);

private:
    QTemporaryDir m_dir;
};

} // namespace dit
