import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One "On my mind" note as a list row: what was written, when, and a "To bring" tag in words.
// The whole row is one button that opens the note, where it can be changed, marked to bring
// or not, or deleted (NoteEditPage): no tick box or Edit button on every row.
Rectangle {
    id: note
    // The model's roles (OnMyMind.notes).
    required property int index
    required property string noteId
    required property string text
    required property string dateText
    required property string forSessionText
    required property bool toBring
    signal editRequested

    objectName: "note_" + index
    Layout.fillWidth: true
    implicitHeight: button.implicitHeight
    radius: Theme.radius
    color: button.down ? Theme.surfaceAlt : Theme.surface
    border.color: Theme.divider
    border.width: 1

    AbstractButton {
        id: button
        objectName: note.objectName + "_edit"
        width: parent.width
        implicitHeight: Math.max(Theme.touchTarget, column.implicitHeight + topPadding + bottomPadding)
        padding: Theme.spacing
        topPadding: Theme.spacingSmall + 4
        bottomPadding: Theme.spacingSmall + 4
        focusPolicy: Qt.StrongFocus
        Accessible.role: Accessible.Button
        Accessible.name: qsTr("Open this note: %1").arg(note.text)
        Accessible.description: column.meta
        onClicked: note.editRequested()
        background: FocusRing {
            target: button
        }

        ColumnLayout {
            id: column
            readonly property string meta: (note.forSessionText.length > 0 ? note.dateText + " · " + note.forSessionText : note.dateText)
                                           + (note.toBring ? " · " + qsTr("To bring to a session") : "")
            x: button.leftPadding
            y: button.topPadding
            width: button.width - button.leftPadding - button.rightPadding
            spacing: 4
            Label {
                Layout.fillWidth: true
                text: note.text
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                maximumLineCount: 4
                elide: Text.ElideRight
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                color: Theme.text
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Label {
                    text: note.forSessionText.length > 0 ? note.dateText + " · " + note.forSessionText : note.dateText
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    width: Math.min(implicitWidth, column.width)
                    wrapMode: Text.Wrap
                }
                Label {
                    objectName: note.objectName + "_toBring"
                    visible: note.toBring
                    text: qsTr("To bring")
                    leftPadding: Theme.spacingSmall
                    rightPadding: Theme.spacingSmall
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: Theme.textOnPrimarySoft
                    background: Rectangle {
                        radius: height / 2
                        color: Theme.primarySoft
                    }
                }
            }
        }
    }
}
