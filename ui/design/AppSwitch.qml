import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// The app's on/off switch. Material's own draws the "off" knob near-white on a pale track,
// which is hard to see on a white card; here "off" is an outlined track with a small dark
// knob and "on" a filled track with a large knob carrying a tick, so the state shows in
// shape and position as well as colour (WCAG 1.4.1, 1.4.11: outline and primary are 3:1
// against the surface, tests/gui/tst_contrast.cpp).
Switch {
    id: control
    Accessible.name: text
    font.pixelSize: Theme.fontBody
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)

    indicator: Rectangle {
        implicitWidth: 52
        implicitHeight: 32
        x: control.text ? (control.mirrored ? control.leftPadding : control.width - width - control.rightPadding)
                        : control.leftPadding + (control.availableWidth - width) / 2
        y: control.topPadding + (control.availableHeight - height) / 2
        radius: height / 2
        color: control.checked ? Theme.primary : "transparent"
        border.width: 2
        border.color: control.checked ? Theme.primary : Theme.outline
        opacity: control.enabled ? 1 : 0.5

        Rectangle {
            readonly property int size: control.checked || control.down ? 24 : 16
            width: size
            height: size
            radius: size / 2
            anchors.verticalCenter: parent.verticalCenter
            x: control.checked ? parent.width - width - 4 : 8
            color: control.checked ? Theme.textOnPrimary : Theme.outline
            Behavior on x {
                enabled: !Theme.reduceMotion
                NumberAnimation { duration: Theme.motionMs }
            }
            Text {
                anchors.centerIn: parent
                visible: control.checked
                text: "\u2713"
                color: Theme.primary
                font.pixelSize: 16
                font.bold: true
                Accessible.ignored: true
            }
        }

        FocusRing {
            target: control
        }
    }

    contentItem: Label {
        leftPadding: control.mirrored ? control.indicator.width + control.spacing : 0
        rightPadding: control.mirrored ? 0 : control.indicator.width + control.spacing
        text: control.text
        font: control.font
        color: Theme.text
        wrapMode: Text.Wrap
        verticalAlignment: Text.AlignVCenter
        Accessible.ignored: true
    }
}
