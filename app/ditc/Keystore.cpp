#include "Keystore.h"

#ifdef DIT_HAVE_KEYCHAIN
#include "linux/KeychainKeystore.h"
#endif

namespace dit::cli {

std::unique_ptr<Keystore> makeKeystore()
{
#ifdef DIT_HAVE_KEYCHAIN
    return std::make_unique<KeychainKeystore>();
#else
    return nullptr;
#endif
}

} // namespace dit::cli
