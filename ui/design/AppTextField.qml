import QtQuick
import QtQuick.Controls
import org.ditcompanion.design

// A one-line text field in the app's field style (FieldBackground). Its label goes above it
// (FieldLabel or a field's own caption); a placeholder is only ever an example.
TextField {
    id: control
    implicitHeight: Math.max(Theme.touchTarget, contentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacingSmall + 4
    rightPadding: Theme.spacingSmall + 4
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    verticalAlignment: TextInput.AlignVCenter
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    background: FieldBackground {
        target: control
    }
}
