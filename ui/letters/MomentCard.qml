import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// A passage the person marked, quoted in the reading serif with their note; opens the
// letter at it.
AbstractButton {
    id: control
    property string quoteText
    property string noteText
    property string headingText

    focusPolicy: Qt.StrongFocus
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing + 4
    rightPadding: Theme.spacing
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    Accessible.role: Accessible.Button
    Accessible.name: control.noteText.length > 0
                     ? qsTr("“%1”. Your note: %2").arg(control.quoteText).arg(control.noteText)
                     : qsTr("“%1”").arg(control.quoteText)
    Accessible.description: qsTr("Opens the letter at this passage.")

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.divider
        Rectangle {
            width: 4
            height: parent.height
            radius: 2
            color: Theme.primary
        }
        FocusRing {
            target: control
        }
    }
    contentItem: MomentContent {
        card: control
    }
}
