#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;

namespace dit::a11y {

// Walks the visible item tree under `root` and lists every interactive item (buttons,
// fields, switches, combo boxes, sliders, focusable delegates, enabled MouseAreas and items
// with a TapHandler) that a screen reader would announce without a name (QAccessible's Name
// text is empty) or that is smaller than 48x48 px. Each problem names the item's objectName,
// type, text and the objectNames above it. Needs QAccessible::setActive(true) first, as a
// screen reader would turn it on (controls fill their names only then).
QStringList problems(QQuickItem *root);

// Visible text under `root` that is not pseudo-localised (see i18n/pseudo.py): neither
// bracketed by the pseudo markers nor found in `content` (what the person or the service
// wrote, built-in articles and questionnaires; see contentText()) nor only digits, dates
// and punctuation.
QStringList untranslated(QQuickItem *root, const QString &content);

// Text that is not the app's own wording, normalised for untranslated(): every string in
// the given JSON or plain texts and in the core's resources (:/dit: Learn, questionnaires,
// the built-in service).
QString contentText(const QStringList &texts);

} // namespace dit::a11y
