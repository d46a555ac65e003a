#pragma once

#include "crypto/SecretBytes.h"

#include <QString>

#include <optional>

namespace dit::handover {

// The one-time code that protects a hand-over file: 12 characters from Crockford's base 32
// alphabet (digits and capital letters without I, L, O and U, so nothing is mistaken when it
// is read aloud or typed), shown as three groups of four: "7KQ2-M9XD-4HTW". 60 random bits;
// with Argon2id in front, guessing it offline is out of reach. It is shown once and never
// stored.
inline constexpr int kCodeLength = 12;
inline constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// A new random code in its canonical form (12 characters, no separators), in guarded memory.
SecretBytes newCode();
// "7KQ2M9XD4HTW" -> "7KQ2-M9XD-4HTW", for showing.
QString grouped(const SecretBytes &code);
// What a person typed, made canonical: case ignored, spaces and dashes dropped, O read as 0
// and I or L as 1 (Crockford's rule). Nothing if it is not a code (wrong length, another
// character). The typed string is wiped.
std::optional<SecretBytes> normalised(QString &typed);

} // namespace dit::handover
