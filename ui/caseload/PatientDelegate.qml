import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// One patient in the caseload: the label, where they are in the course, the next session,
// and a flag in words with an icon (never colour alone) on a risk answer not yet
// acknowledged. The whole row is one button that opens the patient.
AbstractButton {
    id: control
    property string label
    property string courseLine
    property string nextSession
    property string riskText
    property bool archived: false

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: label

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.color: control.riskText.length > 0 ? Theme.crisis : Theme.divider
        border.width: control.riskText.length > 0 ? 2 : 1
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
