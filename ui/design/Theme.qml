pragma Singleton
import QtQuick
import org.ditcompanion.design

// Colours, type scale and spacing for the whole app. Calm by default: muted teal, warm
// off-white, no alarm red except for crisis support. Every text/background pair here is
// checked for WCAG AA contrast (4.5:1) in tests/gui/tst_contrast.cpp.
QtObject {
    readonly property bool dark: Appearance.dark

    readonly property color background: dark ? "#121618" : "#f7f5f2"
    readonly property color surface: dark ? "#1c2226" : "#ffffff"
    readonly property color surfaceAlt: dark ? "#252d32" : "#eeebe6"
    readonly property color text: dark ? "#e8eaeb" : "#1e2a30"
    readonly property color textMuted: dark ? "#b2bcc1" : "#4a575e"
    readonly property color outline: dark ? "#64737b" : "#8a8f93"
    readonly property color divider: dark ? "#323b41" : "#dcd7cf"
    readonly property color primary: dark ? "#8fd1dc" : "#1f6471"
    readonly property color textOnPrimary: dark ? "#06272d" : "#ffffff"
    readonly property color primarySoft: dark ? "#1e3a40" : "#ddecee"
    readonly property color textOnPrimarySoft: dark ? "#d4eef2" : "#123f48"
    readonly property color crisis: dark ? "#ffb4a8" : "#a0261c"
    readonly property color textOnCrisis: dark ? "#410000" : "#ffffff"
    readonly property color error: dark ? "#ffb4a8" : "#a0261c"
    readonly property color success: dark ? "#9ad7a6" : "#2b6b3a"
    readonly property color focusRing: dark ? "#ffd479" : "#7a4d00"

    // Type scale from the system font size (Appearance.fontPixelSize is 16 px by default), in
    // clear steps: a page's headline 24 px, the top bar's title 20, a card's title 18 (Heading
    // level 2), a title inside a card 16 semibold (level 3), body 16, small print 14. Only
    // headings are semibold, so a card title never shouts over the page's.
    readonly property int fontBody: Appearance.fontPixelSize
    readonly property int fontSmall: Math.round(fontBody * 0.875)
    readonly property int fontLarge: Math.round(fontBody * 1.125)
    readonly property int fontTitle: Math.round(fontBody * 1.25)
    readonly property int fontHeadline: Math.round(fontBody * 1.5)

    readonly property int spacingSmall: 8
    readonly property int spacing: 16
    readonly property int spacingLarge: 24
    readonly property int radius: 12
    readonly property int touchTarget: 48
    readonly property int iconSize: Math.round(fontBody * 1.5) // 24 px at the default size
    // Radio and tick marks grow with the text (ChoiceIndicator): 22 px at the default size.
    readonly property int indicatorSize: Math.round(fontBody * 1.375)
    // Comfortable reading width, growing with the text size so large text still fits.
    readonly property int readingWidth: Math.round(fontBody * 40)
    // The widest a page of cards, lists or two columns grows on a tablet (ScrollPage's
    // wideContent), so a 1280 px screen is used without lines too long to read.
    readonly property int pageWidth: Math.round(fontBody * 60)
    // Side rail instead of a bottom bar from this window width (Material's "medium").
    readonly property int wideWidth: 600

    // Less motion (Settings; Qt 6.4 exposes no system preference to follow): page changes and
    // dialogs then appear at once (CalmStackView, CalmDialog).
    readonly property bool reduceMotion: Appearance.reduceMotion
    readonly property int motionMs: reduceMotion ? 0 : 180

    // The goodbye letter (docs/LETTERS.md): the book serif at a slightly larger size, marked passages
    // with this colour behind an underline, and what is new in a version on a soft highlight
    // of its own (LetterComparePage; never diff marks). Text on both is Theme.text.
    readonly property int fontReading: Math.round(fontBody * 1.125)
    readonly property color highlight: dark ? "#5c4b14" : "#fbe7a1"
    readonly property color changedTint: dark ? "#1e3a40" : "#d9ebef"
    // The letter's reading mode: a sheet of paper on the page, wide margins.
    readonly property color paper: dark ? "#1f2427" : "#fffdf8"

    // The therapist's timeline (docs/THERAPIST.md): a soft tint per phase behind the sessions, always
    // with the phase and the attendance in words and symbols too. Text on them is Theme.text.
    readonly property color phaseInitial: dark ? "#1f2d38" : "#e4edf5"
    readonly property color phaseMiddle: dark ? "#24301f" : "#e8f1e1"
    readonly property color phaseEnding: dark ? "#36291d" : "#f5e9dc"
    // Two-pane layouts (the patient dashboard, the letter beside the patient's notes) from
    // this window width.
    readonly property int twoPaneWidth: 900
}
