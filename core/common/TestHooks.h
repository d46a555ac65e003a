#pragma once

#include "crypto/KdfCalibration.h"

namespace dit {

// The KDF parameters for keys made now. Test builds (DIT_TEST_HOOKS) honour
// DIT_TEST_FAST_KDF=1 so end-to-end tests of ditc and the GUI do not spend seconds per
// profile; release builds compile this hook out and always use the recommended parameters.
KdfParams kdfParamsForNewKeys();

// The same for a profile's key file (a profile made or restored, a passphrase changed): the
// passes calibrated on this device (KdfCalibration). Takes about one derivation longer; call
// it off the UI thread. Backups and hand-over files, opened on other devices, keep
// kdfParamsForNewKeys().
KdfParams kdfParamsForNewKeyFile();

} // namespace dit
