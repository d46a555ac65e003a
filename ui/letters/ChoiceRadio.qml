import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// A radio button whose label wraps instead of being cut off, at any text size.
RadioButton {
    id: control
    font.pixelSize: Theme.fontBody
    Accessible.name: text
    contentItem: Label {
        leftPadding: control.indicator && !control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.indicator && control.mirrored ? control.indicator.width + control.spacing : 0
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
    }
}
