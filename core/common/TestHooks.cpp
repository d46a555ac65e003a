#include "TestHooks.h"

#include <QtGlobal>

namespace dit {

KdfParams kdfParamsForNewKeys()
{
#ifdef DIT_TEST_HOOKS
    if (qEnvironmentVariableIntValue("DIT_TEST_FAST_KDF") == 1)
        return KdfParams::forTests();
#endif
    return KdfParams::recommended();
}

KdfParams kdfParamsForNewKeyFile()
{
#ifdef DIT_TEST_HOOKS
    if (qEnvironmentVariableIntValue("DIT_TEST_FAST_KDF") == 1)
        return KdfParams::forTests();
#endif
    return KdfCalibration::calibrated(&KdfCalibration::timeDerivationMs);
}

} // namespace dit
