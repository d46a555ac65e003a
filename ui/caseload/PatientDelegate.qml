import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One patient in the caseload: the label, where they are in the course, the next session,
// and a flag in words with an icon (never colour alone) on a risk answer not yet
// acknowledged. The whole row is one button that opens the patient (on a tablet: shows them
// beside the list, the chosen row marked by a bar at its side and a bolder outline, and
// announced as selected).
AbstractButton {
    id: control
    property string label
    property string courseLine
    property string nextSession
    property string riskText
    property bool archived: false
    property bool selected: false

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: label
    Accessible.selectable: true
    Accessible.selected: selected

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : control.selected ? Theme.primarySoft : Theme.surface
        border.color: control.riskText.length > 0 ? Theme.crisis : control.selected ? Theme.primary : Theme.divider
        border.width: control.riskText.length > 0 || control.selected ? 2 : 1
        Rectangle {
            visible: control.selected
            x: 2
            width: 5
            height: parent.height - 2 * Theme.radius
            anchors.verticalCenter: parent.verticalCenter
            radius: 2
            color: Theme.primary
        }
        FocusRing {
            target: control
        }
    }
    contentItem: PatientDelegateContent {
        label: control.label
        courseLine: control.courseLine
        nextSession: control.nextSession
        riskText: control.riskText
        archived: control.archived
    }
}
