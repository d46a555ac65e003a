#pragma once

namespace dit {

// Initialises libsodium once; safe to call from any thread. Aborts if libsodium cannot
// initialise, since no cryptography would then be trustworthy.
void ensureSodium();

} // namespace dit
