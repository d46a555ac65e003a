#pragma once

namespace dit {

// A crash must not leave decrypted pages, answers or keys in a core file (docs/SECURITY.md).
// Both executables call this first thing in main(): no core file (RLIMIT_CORE 0) and, on
// Linux and Android, not dumpable (PR_SET_DUMPABLE 0: no core, and no other process of the
// same user may attach to read memory).
void disableCoreDumps();

// Whether both are in force for this process (for tests).
bool coreDumpsDisabled();

// Test builds only (DIT_TEST_HOOKS): with DIT_TEST_CORE_DUMPS set, prints "core dumps: off"
// (or "on") and returns true, and main() then exits, so a test sees what the real executable
// runs with. Always false in a release build.
bool reportCoreDumpsForTests();

} // namespace dit
