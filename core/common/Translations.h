#pragma once

#include <QStringList>

class QCoreApplication;

namespace dit {

// Installs the translation for the user's language from :/i18n (linked in from the
// dit_translations library), falling back to English, which supplies the plural forms
// ("1 minute" / "5 minutes"). Returns whether one was installed. With `language` (e.g. "en_XA",
// the pseudo-translation) that translation only, and dates and numbers in its locale.
bool installTranslations(QCoreApplication &app, const QString &language = {});
// The languages there are translations for, e.g. "en", "en_XA".
QStringList availableLanguages();

} // namespace dit
