import QtQuick
import org.ditcompanion.app

// A clearly visible outline when a control has keyboard focus (WCAG 2.4.7). Place it in the
// control's background; `target` is the control whose focus it shows.
Rectangle {
    id: ring
    // var, not Control: Qt 6.4 qmllint does not see styled controls as Controls.
    required property var target
    anchors.fill: parent
    anchors.margins: -3
    radius: Theme.radius
    color: "transparent"
    border.width: 3
    border.color: Theme.focusRing
    visible: target.visualFocus
}
