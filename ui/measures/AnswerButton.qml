import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// One answer to a question: a large target with the answer's words (and the number the
// printed form shows, if any), announced as a radio button. The chosen one has a filled
// mark and a thicker outline as well as a colour.
AbstractButton {
    id: control
    property string number

    checkable: false
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget + 8, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacingSmall + 4
    bottomPadding: Theme.spacingSmall + 4
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.RadioButton
    Accessible.name: number.length > 0 ? number + " " + text : text
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.primarySoft : Theme.surface
        border.width: control.checked ? 3 : 1
        border.color: control.checked ? Theme.primary : Theme.outline
        opacity: control.down ? 0.85 : 1
        FocusRing {
            target: control
        }
    }
    contentItem: AnswerButtonContent {
        button: control
    }
}
