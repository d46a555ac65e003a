import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Writing a note, or changing or deleting one. A change is kept as a new version. What is
// typed is kept on this device as it is typed (a draft, docs/ARCHITECTURE.md "Drafts"): Back,
// the app locking or being closed loses nothing, and the page says so; opening the note again
// brings the words back.
ScrollPage {
    id: page
    objectName: "noteEditPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    property string noteId
    property string problem
    readonly property var existing: noteId.length > 0 ? OnMyMind.note(noteId) : ({})
    readonly property bool editing: noteId.length > 0
    title: editing ? qsTr("Edit note") : qsTr("New note")
    // True when the words shown were kept from an earlier visit, not yet saved.
    property bool restored: false

    function save() {
        problem = (editing ? OnMyMind.update(noteId, input.text, toBring.checked)
                           : OnMyMind.add(input.text, toBring.checked)) ? "" : OnMyMind.errorMessage;
        if (problem.length === 0) {
            page.forgetDraft();
            page.StackView.view.pop();
        }
    }
    function forgetDraft() {
        draft.text = "";
        draft.save();
    }

    TextDraft {
        id: draft
        kind: "note"
        key: page.editing ? "note:" + page.noteId : "note:new"
    }
    // Leaving (Back): saved before the page below shows, so it can say the words are kept.
    StackView.onDeactivating: draft.save()
    Component.onCompleted: {
        page.restored = draft.text.length > 0;
        input.text = page.restored ? draft.text : (page.existing.text || "");
        // The cursor in the text box, so typing goes into the note at once.
        input.forceActiveFocus();
        input.cursorPosition = input.length;
    }

    Notice {
        objectName: "noteRestored"
        text: page.restored ? qsTr("Here is what you had written. Carry on whenever you are ready.") : ""
    }

    UnwatchedNotice {}
    FieldLabel {
        text: qsTr("Your note")
    }
    AppTextArea {
        id: input
        objectName: "noteText"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 3
        // Only words that differ from the saved note are a draft.
        onTextChanged: draft.text = text === (page.existing.text || "") ? "" : text
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: qsTr("What is on your mind?")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Your note")
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
    BodyText {
        objectName: "noteKept"
        muted: true
        text: draft.text.length > 0 && draft.saveState === TextDraft.Saved
              ? qsTr("Kept on this device. Not yet saved as a note.")
              : qsTr("Kept on this device as you type.")
    }
    Notice {
        objectName: "noteProblem"
        isError: true
        text: page.problem || draft.errorMessage
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
            page.forgetDraft();
            page.StackView.view.pop();
        }
    }
}
