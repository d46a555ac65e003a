#include "BookFont.h"

#include <QFontDatabase>
#include <QStringList>

namespace dit {

QString bookFontFamily()
{
    static const QString family = [] {
        QString loaded;
        for (const char *style : {"Regular", "Italic", "Bold", "BoldItalic"}) {
            const int id = QFontDatabase::addApplicationFont(
                QStringLiteral(":/dit/fonts/CharisSIL-%1.ttf").arg(QLatin1String(style)));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (loaded.isEmpty() && !families.isEmpty())
                loaded = families.first();
        }
        if (!loaded.isEmpty())
            return loaded;
        const QStringList installed = QFontDatabase::families();
        for (const char *wanted : {"DejaVu Serif", "Noto Serif", "Liberation Serif", "Georgia"})
            if (installed.contains(QString::fromLatin1(wanted)))
                return QString::fromLatin1(wanted);
        return QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    }();
    return family;
}

} // namespace dit
