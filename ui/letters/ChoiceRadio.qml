import QtQuick
import QtQuick.Controls
import org.ditcompanion.app
import org.ditcompanion.design

// A radio button whose label wraps instead of being cut off, at any text size.
RadioButton {
    id: control
    font.pixelSize: Theme.fontBody
    Accessible.name: text
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    indicator: ChoiceIndicator {
        x: control.mirrored ? control.width - width - control.rightPadding : control.leftPadding
        y: control.topPadding + (control.availableHeight - height) / 2
        checked: control.checked
        round: true
    }
    background: Item {
        implicitHeight: Theme.touchTarget
        FocusRing {
            target: control
        }
    }
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
