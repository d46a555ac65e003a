import QtQuick
import QtQuick.Controls
import org.ditcompanion.design

// A number with − and + in the app's field style (FieldBackground): boxed, not underlined,
// typed or stepped, at least 48 px tall.
SpinBox {
    id: control
    editable: true
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontBody
    background: FieldBackground {
        target: control
        implicitWidth: Theme.fontBody * 10
    }
}
