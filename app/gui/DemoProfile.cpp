#include "DemoProfile.h"

#include "demo/DemoData.h"
#include "storage/Profile.h"

namespace dit {

DemoProfile::DemoProfile() : m_dir(QDir::tempPath() + QStringLiteral("/dit-demo-XXXXXX")) {}

Result<std::unique_ptr<Store>> DemoProfile::create(const Clock &clock, const QString &stageName)
{
    Profile profile(path(), clock);
    // Nobody types this passphrase: the demo opens unlocked and is deleted on exit.
    const SecretBytes passphrase = SecretBytes::random(32);
    demo::Stage stage = demo::Stage::Middle;
    demo::stageFromName(stageName, &stage);
    const Role role = stage == demo::Stage::Therapist ? Role::Therapist : Role::Patient;
    auto store = profile.create(passphrase, role, KdfParams::forTests());
    if (!store)
        return store;
    if (Status filled = demo::fill(*store.value(), clock.now(), stage); !filled)
        return filled.error();
    return store;
}

} // namespace dit
