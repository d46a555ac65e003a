import QtQuick
import org.ditcompanion.app

// A clearly visible outline when a control has keyboard focus (WCAG 2.4.7). Place it in the
// control's background; `target` is the control whose focus it shows. A thin band of the page
// colour separates the ring from the control, so the ring stands out (3:1, SC 1.4.11) against
// a filled button as well as around it (tests/gui/tst_contrast.cpp).
Rectangle {
    id: ring
    // var, not Control: Qt 6.4 qmllint does not see styled controls as Controls.
    required property var target
    anchors.fill: parent
    anchors.margins: -5
    radius: Theme.radius + 2
    color: "transparent"
    border.width: 3
    border.color: Theme.focusRing
    visible: target.visualFocus

    Rectangle {
        anchors.fill: parent
        anchors.margins: 3
        radius: Theme.radius
        color: "transparent"
        border.width: 2
        border.color: Theme.background
    }
}
