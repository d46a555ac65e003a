import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// One "On my mind" note: what was written, when, and whether it is to bring to a session.
Card {
    id: note
    // The model's roles (OnMyMind.notes).
    required property int index
    required property string noteId
    required property string text
    required property string dateText
    required property string forSessionText
    required property bool toBring
    signal toBringToggled(bool toBring)
    signal editRequested

    objectName: "note_" + index
    Layout.fillWidth: true

    Label {
        Layout.fillWidth: true
        text: note.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontBody
        lineHeight: 1.2
        color: Theme.text
    }
    Label {
        Layout.fillWidth: true
        text: note.forSessionText.length > 0 ? note.dateText + " · " + note.forSessionText : note.dateText
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        ChoiceCheck {
            objectName: note.objectName + "_toBring"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            text: qsTr("To bring to a session")
            font.pixelSize: Theme.fontBody
            checked: note.toBring
            Accessible.name: text
            onToggled: note.toBringToggled(checked)
        }
        AppButton {
            objectName: note.objectName + "_edit"
            text: qsTr("Edit")
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/edit.svg"
            Accessible.name: qsTr("Edit this note")
            onClicked: note.editRequested()
        }
    }
}
