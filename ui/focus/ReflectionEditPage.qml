import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Writing a reflection beside the focus, or changing or deleting one. What is typed is kept
// as a draft as it is typed, as notes are (docs/COURSE.md, "On my mind"): Back, locking or a
// killed app loses nothing, and opening it again brings the words back.
ScrollPage {
    id: page
    objectName: "reflectionEditPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    property string reflectionId
    property string thread
    property string initialText
    property string problem
    readonly property bool editing: reflectionId.length > 0
    title: editing ? qsTr("Edit reflection") : qsTr("New reflection")

    property bool restored: false

    function save() {
        problem = (editing ? MyFocus.editReflection(reflectionId, input.text) : MyFocus.addReflection(input.text))
                  ? "" : MyFocus.errorMessage;
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
        kind: "reflection"
        key: page.editing ? "reflection:" + page.reflectionId : "reflection:new"
    }
    // Leaving (Back): saved before the page below shows, so it can say the words are kept.
    StackView.onDeactivating: draft.save()
    Component.onCompleted: {
        page.restored = draft.text.length > 0;
        input.text = page.restored ? draft.text : page.initialText;
    }

    BodyText {
        text: qsTr("When did you notice the pattern? What happened, and what did you feel? This stays on this device and is not shared.")
    }
    Notice {
        objectName: "reflectionRestored"
        text: page.restored ? qsTr("Here is what you had written. Carry on whenever you are ready.") : ""
    }
    UnwatchedNotice {}
    AppTextArea {
        id: input
        objectName: "reflectionText"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 3
        // Only words that differ from the saved reflection are a draft.
        onTextChanged: draft.text = text === page.initialText ? "" : text
        wrapMode: TextEdit.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: qsTr("Write here")
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Reflection")
        // Tab moves on, as in every other field; it never types a tab character.
        Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
        Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
    }
    BodyText {
        objectName: "reflectionKept"
        muted: true
        text: draft.text.length > 0 && draft.saveState === TextDraft.Saved
              ? qsTr("Kept on this device. Not yet saved as a reflection.")
              : qsTr("Kept on this device as you type.")
    }
    Notice {
        objectName: "reflectionProblem"
        isError: true
        text: page.problem || draft.errorMessage
    }
    AppButton {
        objectName: "reflectionSave"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Save")
        onClicked: page.save()
    }
    AppButton {
        objectName: "reflectionDelete"
        Layout.fillWidth: true
        visible: page.editing
        text: qsTr("Delete this reflection")
        onClicked: confirm.open()
    }

    ConfirmDialog {
        id: confirm
        objectName: "reflectionConfirmDelete"
        text: qsTr("Delete this reflection and its earlier versions? This cannot be undone.")
        confirmText: qsTr("Delete")
        onConfirmed: {
            MyFocus.removeReflection(page.thread);
            page.forgetDraft();
            page.StackView.view.pop();
        }
    }
}
