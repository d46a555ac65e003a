#include "Sodium.h"

#include <cstdio>
#include <cstdlib>
#include <sodium.h>

namespace dit {

void ensureSodium()
{
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("libsodium failed to initialise\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

} // namespace dit
