import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A private note beside the words it is about: kept apart from the letter, seen only here.
// Removing it asks once more before it goes.
Rectangle {
    id: margin
    property string noteId
    property string quote
    property string note
    property bool editable: true
    property bool confirmingRemove: false
    signal editRequested
    signal removeRequested

    implicitHeight: column.implicitHeight + 2 * Theme.spacingSmall
    color: Theme.surfaceAlt
    radius: Theme.radius / 2
    Accessible.role: Accessible.Note
    Accessible.name: qsTr("Your note on “%1”: %2").arg(margin.quote).arg(margin.note)

    Rectangle {
        width: 3
        height: parent.height
        color: Theme.primary
        radius: 1
    }

    ColumnLayout {
        id: column
        x: Theme.spacing
        y: Theme.spacingSmall
        width: parent.width - Theme.spacing - Theme.spacingSmall
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: qsTr("Your note on “%1”").arg(margin.quote)
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Label {
            Layout.fillWidth: true
            text: margin.note
            font.pixelSize: Theme.fontBody
            color: Theme.text
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: !margin.confirmingRemove
            AppButton {
                objectName: "editNote_" + margin.noteId
                visible: margin.editable
                text: qsTr("Edit")
                fillColor: "transparent"
                Accessible.name: qsTr("Edit your note")
                onClicked: margin.editRequested()
            }
            AppButton {
                objectName: "removeNote_" + margin.noteId
                text: qsTr("Remove")
                fillColor: "transparent"
                Accessible.name: qsTr("Remove your note")
                onClicked: margin.confirmingRemove = true
            }
        }
        Label {
            Layout.fillWidth: true
            visible: margin.confirmingRemove
            text: qsTr("Remove this note for good?")
            color: Theme.text
            font.pixelSize: Theme.fontBody
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: margin.confirmingRemove
            AppButton {
                objectName: "confirmRemoveNote_" + margin.noteId
                text: qsTr("Remove note")
                onClicked: margin.removeRequested()
            }
            AppButton {
                objectName: "keepNote_" + margin.noteId
                text: qsTr("Keep it")
                primary: true
                onClicked: margin.confirmingRemove = false
            }
        }
    }
}
