#pragma once

class QCoreApplication;

namespace dit {

// Installs the translation for the user's language from :/i18n (linked in from the
// dit_translations library), falling back to English, which supplies the plural forms
// ("1 minute" / "5 minutes"). Returns whether one was installed.
bool installTranslations(QCoreApplication &app);

} // namespace dit
