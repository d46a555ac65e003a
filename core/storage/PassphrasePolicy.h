#pragma once

#include <QString>

namespace dit::passphrase {

// NCSC and NIST SP 800-63B guidance: length matters, composition rules do not help.
constexpr int kMinLength = 8;
constexpr int kMaxLength = 1024;

// Empty if the new passphrase is acceptable; otherwise one plain sentence saying why.
QString problemWith(const QString &passphrase, const QString &confirmation);

} // namespace dit::passphrase
