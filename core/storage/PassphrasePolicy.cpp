#include "PassphrasePolicy.h"

#include <QCoreApplication>

namespace dit::passphrase {

QString problemWith(const QString &passphrase, const QString &confirmation)
{
    if (passphrase.trimmed().size() < kMinLength)
        return QCoreApplication::translate("Passphrase",
                                           "Use at least %1 characters. Three random words "
                                           "you can remember work well.")
            .arg(kMinLength);
    if (passphrase.size() > kMaxLength)
        return QCoreApplication::translate("Passphrase", "That passphrase is too long.");
    if (passphrase != confirmation)
        return QCoreApplication::translate("Passphrase",
                                           "The two passphrases are not the same. Please type "
                                           "them again.");
    return {};
}

} // namespace dit::passphrase
