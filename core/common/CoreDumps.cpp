#include "CoreDumps.h"

#include <QtGlobal>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

namespace dit {

void disableCoreDumps()
{
#ifdef Q_OS_UNIX
    const rlimit none{0, 0};
    setrlimit(RLIMIT_CORE, &none);
#endif
#ifdef Q_OS_LINUX
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

bool coreDumpsDisabled()
{
    bool disabled = true;
#ifdef Q_OS_UNIX
    rlimit limit{};
    disabled = getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0 && limit.rlim_max == 0;
#endif
#ifdef Q_OS_LINUX
    disabled = disabled && prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0;
#endif
    return disabled;
}

bool reportCoreDumpsForTests()
{
#ifdef DIT_TEST_HOOKS
    if (qEnvironmentVariableIsSet("DIT_TEST_CORE_DUMPS")) {
        std::printf("core dumps: %s\n", coreDumpsDisabled() ? "off" : "on");
        return true;
    }
#endif
    return false;
}

} // namespace dit
