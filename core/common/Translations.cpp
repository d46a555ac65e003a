#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

namespace dit {

bool installTranslations(QCoreApplication &app, const QString &language)
{
    auto *translator = new QTranslator(&app);
    const bool loaded = language.isEmpty()
                            ? translator->load(QLocale(), QStringLiteral("dit"),
                                               QStringLiteral("_"), QStringLiteral(":/i18n")) ||
                                  translator->load(QStringLiteral(":/i18n/dit_en.qm"))
                            : availableLanguages().contains(language) &&
                                  translator->load(QStringLiteral(":/i18n/dit_") + language);
    if (!loaded) {
        delete translator;
        return false;
    }
    if (!language.isEmpty())
        QLocale::setDefault(QLocale(language));
    return QCoreApplication::installTranslator(translator);
}

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("dit_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(4, file.size() - 7); // "dit_" … ".qm"
    return languages;
}

} // namespace dit
