#pragma once

#include "crypto/PassphraseKdf.h"

namespace dit {

// The KDF parameters for keys made now. Test builds (DIT_TEST_HOOKS) honour
// DIT_TEST_FAST_KDF=1 so end-to-end tests of ditc and the GUI do not spend seconds per
// profile; release builds compile this hook out and always use the recommended parameters.
KdfParams kdfParamsForNewKeys();

} // namespace dit
