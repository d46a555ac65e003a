// Colour contrast of the theme (docs/DEVELOPING.md): every foreground colour on every background it
// is drawn on, in the light and the dark theme, meets WCAG 2.x level AA.
//
// Relative luminance and contrast ratio as defined by WCAG 2.2
// (https://www.w3.org/TR/WCAG22/#dfn-relative-luminance and #dfn-contrast-ratio):
//   channel c = sRGB/255; linear = c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ^ 2.4
//   L = 0.2126 R + 0.7152 G + 0.0722 B;  ratio = (L_lighter + 0.05) / (L_darker + 0.05)
// Thresholds: 4.5:1 for text (SC 1.4.3), 3:1 for large text and for the parts of controls
// and focus indicators a person needs to see them (SC 1.4.11).
//
// Decorative lines (Theme.divider) are not listed: card edges and separators never carry
// meaning on their own, every button there has a text label (SC 1.4.11 exempts those).
#include "Appearance.h"
#include "TestSupport.h"

#include <QColor>
#include <QGuiApplication>
#include <QMetaProperty>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>
#include <memory>

Q_IMPORT_QML_PLUGIN(org_ditcompanion_designPlugin)

using namespace dit;

namespace {

constexpr double kText = 4.5;
constexpr double kNonText = 3.0;

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * linear(c.redF()) + 0.7152 * linear(c.greenF()) + 0.0722 * linear(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// `top` at `alpha` over an opaque `below`, as the scene graph blends it.
QColor over(const QColor &top, double alpha, const QColor &below)
{
    return QColor::fromRgbF(float(top.redF() * alpha + below.redF() * (1 - alpha)),
                            float(top.greenF() * alpha + below.greenF() * (1 - alpha)),
                            float(top.blueF() * alpha + below.blueF() * (1 - alpha)));
}

struct Pair
{
    const char *foreground;
    const char *background; // a colour name, or "errorTint:<name>": Notice's error background
    double minimum;
    const char *where;
};

// Where each colour is used (grep "Theme.<name>" in ui/).
const Pair kPairs[] = {
    // Body text and secondary text on every surface.
    {"text", "background", kText, "pages"},
    {"text", "surface", kText, "cards, dialogs"},
    {"text", "surfaceAlt", kText, "secondary buttons, pressed cards"},
    {"text", "primarySoft", kText, "checked answers and roles"},
    {"text", "highlight", kText, "marked passages in the letter"},
    {"text", "errorTint:background", kText, "error notice on a page"},
    {"text", "errorTint:surface", kText, "error notice in a card"},
    {"textMuted", "background", kText, "secondary text, idle nav labels"},
    {"textMuted", "surface", kText, "secondary text in cards"},
    {"textMuted", "surfaceAlt", kText, "disabled button labels"},
    {"textMuted", "primarySoft", kText, "hints in checked answers"},
    // Text on filled colours.
    {"textOnPrimary", "primary", kText, "primary buttons, selected text"},
    {"textOnPrimarySoft", "primarySoft", kText, "notices, current nav item"},
    {"textOnCrisis", "crisis", kText, "crisis support buttons"},
    {"textOnCrisis", "error", kText, "delete buttons"},
    // Coloured text.
    {"primary", "background", kText, "links, headings, icons"},
    {"primary", "surface", kText, "links and icons in cards"},
    {"primary", "surfaceAlt", kText, "margin notes"},
    {"error", "surfaceAlt", kText, "the delete-everything button's label"},
    {"error", "background", kText, "error text"},
    {"error", "surface", kText, "error text in cards"},
    {"text", "changedTint", kText, "words new in a letter version, on their soft highlight"},
    {"textMuted", "changedTint", kText, "how a changed letter section read before"},
    {"text", "paper", kText, "the letter on its sheet"},
    {"textMuted", "paper", kText, "the letter's date and sign-off on its sheet"},
    {"success", "surface", kText, "the read mark on articles"},
    // The therapist's timeline: each week on its phase's tint (SessionStrip).
    {"text", "phaseInitial", kText, "timeline weeks, initial phase"},
    {"text", "phaseMiddle", kText, "timeline weeks, middle phase"},
    {"text", "phaseEnding", kText, "timeline weeks, ending phase"},
    {"textMuted", "phaseInitial", kText, "the phase's name on the timeline"},
    {"textMuted", "phaseMiddle", kText, "the phase's name on the timeline"},
    {"textMuted", "phaseEnding", kText, "the phase's name on the timeline"},
    {"primary", "phaseInitial", kNonText, "the current week's border"},
    {"primary", "phaseMiddle", kNonText, "the current week's border"},
    {"primary", "phaseEnding", kNonText, "the current week's border"},
    // Controls and focus (non-text, 3:1 against what is next to them).
    {"error", "errorTint:background", kNonText, "error notice icon"},
    {"error", "errorTint:surface", kNonText, "error notice icon in a card"},
    {"outline", "background", kNonText, "chart axes, future sessions, quote bars"},
    {"outline", "surface", kNonText, "answer and radio borders"},
    {"primary", "primarySoft", kNonText, "checked answer border"},
    // AppSwitch: off is an outline track and knob on the card or page (the outline rows
    // above), on is a filled primary track with a light knob.
    {"primary", "surface", kNonText, "a switch's track when on, in a card"},
    {"primary", "background", kNonText, "a switch's track when on, on a page"},
    {"textOnPrimary", "primary", kNonText, "a switch's knob when on"},
    {"crisis", "background", kNonText, "the emergency number's row on the crisis page"},
    {"crisis", "surface", kNonText, "the emergency number's row in a card"},
    // FocusRing keeps a band of the page colour between the ring and the control, so the
    // ring meets only that band and whatever the control sits on.
    {"focusRing", "background", kNonText, "focus ring: its inner band, a page"},
    {"focusRing", "surface", kNonText, "focus ring in a card, bar or dialog"},
    {"focusRing", "paper", kNonText, "focus ring on the letter's sheet"},
};

} // namespace

class TestContrast : public QObject
{
    Q_OBJECT

    // The theme's colours by name, as the app computes them in `mode`.
    static QHash<QString, QColor> themeColours(const QString &mode)
    {
        Appearance::setForcedThemeMode(mode);
        QQmlEngine engine;
        QQmlComponent component(&engine);
        component.setData("import QtQuick\nimport org.ditcompanion.design\n"
                          "QtObject { readonly property QtObject theme: Theme }\n",
                          QUrl(QStringLiteral("qrc:/tst_contrast.qml")));
        const std::unique_ptr<QObject> root(component.create());
        Appearance::setForcedThemeMode(QString());
        if (!root) {
            qWarning() << component.errorString();
            return {};
        }
        const auto *theme = root->property("theme").value<QObject *>();
        QHash<QString, QColor> colours;
        const QMetaObject *meta = theme->metaObject();
        for (int i = 0; i < meta->propertyCount(); ++i) {
            const QMetaProperty p = meta->property(i);
            if (p.metaType().id() == QMetaType::QColor)
                colours.insert(QString::fromLatin1(p.name()), p.read(theme).value<QColor>());
        }
        if (theme->property("dark").toBool() != (mode == QLatin1String("dark")))
            qWarning() << "the theme did not switch to" << mode;
        return colours;
    }

    static QColor resolve(const QHash<QString, QColor> &colours, const QString &name)
    {
        if (name.startsWith(QLatin1String("errorTint:"))) {
            // Notice.qml: the error colour at 12% over what the notice sits on.
            return over(colours.value(QStringLiteral("error")), 0.12, colours.value(name.mid(10)));
        }
        return colours.value(name);
    }

private Q_SLOTS:
    // Known answers: black on white is the maximum 21:1; #767676 on white is the usual
    // example of the lightest grey that passes AA (4.54:1), #777777 just fails (4.48:1).
    void formulaKnownAnswers()
    {
        QCOMPARE(contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(std::abs(contrast(QColor(0x76, 0x76, 0x76), Qt::white) - 4.54) < 0.01);
        QVERIFY(contrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
        QVERIFY(std::abs(contrast(QColor(0x1f, 0x64, 0x71), QColor(Qt::white)) -
                         contrast(QColor(Qt::white), QColor(0x1f, 0x64, 0x71))) < 1e-12);
    }

    void everyPairMeetsAA_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void everyPairMeetsAA()
    {
        QFETCH(QString, mode);
        const auto colours = themeColours(mode);
        QVERIFY2(colours.size() > 10, "could not read the theme's colours");
        QStringList failures;
        for (const Pair &p : kPairs) {
            const QString fg = QString::fromLatin1(p.foreground);
            const QString bg = QString::fromLatin1(p.background);
            const QString bgName = bg.startsWith(QLatin1String("errorTint:")) ? bg.mid(10) : bg;
            QVERIFY2(colours.contains(fg) && colours.contains(bgName),
                     qPrintable(QStringLiteral("no theme colour ") + fg + QLatin1Char('/') + bg));
            const double ratio = contrast(colours.value(fg), resolve(colours, bg));
            if (ratio < p.minimum) {
                failures << QStringLiteral("%1 on %2 (%3): %4:1, needs %5:1")
                                .arg(fg, bg, QString::fromLatin1(p.where))
                                .arg(ratio, 0, 'f', 2)
                                .arg(p.minimum, 0, 'f', 1);
            }
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QStringLiteral("\n"))));
    }

    // A colour added to the theme must say what it is drawn on (add it to kPairs), or be one
    // of the decorative ones.
    void everyColourIsChecked()
    {
        const auto colours = themeColours(QStringLiteral("light"));
        QSet<QString> listed{QStringLiteral("divider")}; // decorative, see the top of the file
        for (const Pair &p : kPairs) {
            listed << QString::fromLatin1(p.foreground);
            const QString bg = QString::fromLatin1(p.background);
            listed << (bg.startsWith(QLatin1String("errorTint:")) ? bg.mid(10) : bg);
        }
        QStringList unchecked;
        for (auto it = colours.cbegin(); it != colours.cend(); ++it) {
            if (!listed.contains(it.key()))
                unchecked << it.key();
        }
        unchecked.sort();
        QVERIFY2(unchecked.isEmpty(),
                 qPrintable(QStringLiteral("Theme colours not in the contrast test: ") +
                            unchecked.join(QStringLiteral(", "))));
    }
};

QTEST_MAIN(TestContrast)
#include "tst_contrast.moc"
