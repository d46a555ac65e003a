import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Writing or changing a private note on a passage. The note is kept apart from the letter.
CalmDialog {
    id: dialog
    objectName: "noteDialog"
    property string quote
    property alias noteText: field.text
    property string problem
    // True when the words shown were kept from an earlier visit, not yet saved.
    property bool restored: false
    signal saveRequested(string note)
    // Cancel: the person chose to throw the words away (closing any other way keeps them).
    signal cancelled()

    function openFor(quoteText, existing) {
        dialog.quote = quoteText;
        field.text = existing;
        dialog.problem = "";
        dialog.open();
        field.forceActiveFocus();
    }

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min((parent ? parent.width : 400) - 2 * Theme.spacing, 560)
    padding: Theme.spacing
    title: qsTr("Your note")

    ColumnLayout {
        width: dialog.availableWidth
        spacing: Theme.spacingSmall
        Label {
            Layout.fillWidth: true
            text: "“" + dialog.quote + "”"
            font.family: Letters.readingFamily
            font.italic: true
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
            wrapMode: Text.Wrap
            maximumLineCount: 4
            elide: Text.ElideRight
            textFormat: Text.PlainText
        }
        Notice {
            objectName: "noteDialogRestored"
            text: dialog.restored ? qsTr("Here is what you had written. Carry on whenever you are ready.") : ""
        }
        BodyText {
            muted: true
            text: qsTr("Only you can see this, unless you choose to put your notes in a file for your therapist. It is kept with the letter but never changes it.")
        }
        UnwatchedNotice {
            visible: Session.role !== "therapist"
            onHelpRequested: dialog.close()
        }
        ScrollView {
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(Theme.touchTarget * 2, Theme.fontBody * 7)
            AppTextArea {
                id: field
                objectName: "noteText"
                wrapMode: TextEdit.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.text
                placeholderText: qsTr("What you want to remember about these words")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Note")
            }
        }
        Notice {
            isError: true
            text: dialog.problem
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            AppButton {
                objectName: "saveNote"
                primary: true
                text: qsTr("Keep note")
                onClicked: dialog.saveRequested(field.text)
            }
            AppButton {
                objectName: "cancelNote"
                text: qsTr("Cancel")
                onClicked: {
                    dialog.cancelled();
                    dialog.close();
                }
            }
        }
    }
}
