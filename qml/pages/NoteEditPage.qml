import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Writing a note, or changing or deleting one. A change is kept as a new version.
ScrollPage {
    id: page
    objectName: "noteEditPage"
    property string noteId
    property string problem
    readonly property var existing: noteId.length > 0 ? OnMyMind.note(noteId) : ({})
    readonly property bool editing: noteId.length > 0
    title: editing ? qsTr("Edit note") : qsTr("New note")

    function save() {
        problem = editing ? OnMyMind.update(noteId, input.text, toBring.checked)
                          : OnMyMind.add(input.text, toBring.checked);
        if (problem.length === 0)
            page.StackView.view.pop();
    }

    UnwatchedNotice {}
    TextArea {
        id: input
        objectName: "noteText"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 3
        text: page.existing.text || ""
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: qsTr("What is on your mind?")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Note")
        // Tab moves on, as in every other field; it never types a tab character.
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    }
    LabelledSwitch {
        id: toBring
        objectName: "noteToBring"
        text: qsTr("Bring this to a session")
        checked: page.editing ? page.existing.toBring === true : true
    }
    Notice {
        objectName: "noteProblem"
        isError: true
        text: page.problem
    }
    AppButton {
        objectName: "noteSave"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Save")
        onClicked: page.save()
    }
    AppButton {
        objectName: "noteDelete"
        Layout.fillWidth: true
        visible: page.editing
        text: qsTr("Delete this note")
        onClicked: confirm.open()
    }

    ConfirmDialog {
        id: confirm
        objectName: "noteConfirmDelete"
        text: qsTr("Delete this note and its earlier versions? This cannot be undone.")
        confirmText: qsTr("Delete")
        onConfirmed: {
            OnMyMind.remove(page.existing.thread);
            page.StackView.view.pop();
        }
    }
}
