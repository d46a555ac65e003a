import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Writing a reflection beside the focus, or changing or deleting one.
ScrollPage {
    id: page
    objectName: "reflectionEditPage"
    property string reflectionId
    property string thread
    property string initialText
    property string problem
    readonly property bool editing: reflectionId.length > 0
    title: editing ? qsTr("Edit reflection") : qsTr("New reflection")

    function save() {
        problem = editing ? MyFocus.editReflection(reflectionId, input.text) : MyFocus.addReflection(input.text);
        if (problem.length === 0)
            page.StackView.view.pop();
    }

    BodyText {
        text: qsTr("When did you notice the pattern? What happened, and what did you feel? This stays on this device and is not shared.")
    }
    UnwatchedNotice {}
    TextArea {
        id: input
        objectName: "reflectionText"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget * 3
        text: page.initialText
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
    Notice {
        objectName: "reflectionProblem"
        isError: true
        text: page.problem
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
            page.StackView.view.pop();
        }
    }
}
