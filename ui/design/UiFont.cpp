#include "UiFont.h"

#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QStringList>

namespace dit {

QString uiFontFamily()
{
    static const QString family = [] {
        QString loaded;
        // The weights the pages use: body text, italic, DemiBold headings and Bold.
        for (const char *style : {"Regular", "Italic", "SemiBold", "Bold"}) {
            const int id = QFontDatabase::addApplicationFont(
                QStringLiteral(":/dit/fonts/Inter-%1.otf").arg(QLatin1String(style)));
            const QStringList families = QFontDatabase::applicationFontFamilies(id);
            if (loaded.isEmpty() && !families.isEmpty())
                loaded = families.first();
        }
        return loaded.isEmpty() ? QGuiApplication::font().family() : loaded;
    }();
    return family;
}

void applyUiFont()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({uiFontFamily()});
    QGuiApplication::setFont(font);
}

} // namespace dit
