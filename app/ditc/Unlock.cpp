#include "Unlock.h"

namespace dit::cli {

Result<std::unique_ptr<Store>> openProfile(Context &ctx, Profile &profile)
{
    const auto found = profile.inspect();
    if (found.state == Profile::State::Missing)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no profile in %1").arg(ctx.profileDir));
    if (found.state == Profile::State::Damaged)
        return makeError(ErrorCode::Damaged, found.problem);
    auto passphrase = ctx.readSecret("Passphrase");
    if (!passphrase)
        return passphrase.error();
    return profile.unlock(passphrase.value());
}

} // namespace dit::cli
