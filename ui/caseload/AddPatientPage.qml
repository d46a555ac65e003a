import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Adding a patient to the caseload, or renaming one (docs/THERAPIST.md): a short pseudonymous label.
// Anyone who sees the tablet can read it, so a label that looks like a full name, an email
// or a number is warned about (the rule is in C++: caseload::labelWarning), and keeping such
// a label takes a deliberate second step: Return or "Add" only shows the warning and a
// button "Use this label anyway"; changing the label starts again (docs/THERAPIST.md).
ScrollPage {
    id: page
    objectName: "addPatientPage"
    immersive: true
    // Empty: a new patient; otherwise the patient being renamed.
    property string patientId
    property string problem
    // The therapist has been asked whether to keep a label that looks identifying.
    property bool confirming: false
    readonly property bool renaming: patientId.length > 0
    readonly property string warning: Caseload.labelWarning(labelField.text)
    title: renaming ? qsTr("Rename") : qsTr("Add a patient")

    signal added(string patientId)

    // A label that looks identifying is only asked about here; keepAnyway() saves it.
    function save() {
        if (page.warning.length > 0) {
            page.confirming = true;
            return;
        }
        page.keep();
    }
    function keepAnyway() {
        if (page.confirming)
            page.keep();
    }
    function keep() {
        if (page.renaming) {
            page.problem = Caseload.rename(page.patientId, labelField.text) ? "" : Caseload.errorMessage;
            if (page.problem.length === 0)
                page.StackView.view.pop();
            return;
        }
        const id = Caseload.add(labelField.text);
        page.problem = id.length > 0 ? "" : Caseload.errorMessage;
        if (id.length > 0)
            page.added(id);
    }

    Component.onCompleted: {
        if (page.renaming)
            labelField.text = Caseload.labelOf(page.patientId);
        labelField.forceActiveFocus();
    }

    BodyText {
        text: qsTr("Give a short name you will recognise, such as initials (“A.K.”) or a made-up name. Not a full name: anyone who sees this tablet can read it.")
    }
    FieldLabel {
        text: qsTr("Short name or initials")
    }
    AppTextField {
        id: labelField
        objectName: "patientLabelField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontLarge
        color: Theme.text
        maximumLength: Caseload.maxLabelLength
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Short name or initials")
        Accessible.description: qsTr("A short label such as initials; not a full name")
        onAccepted: page.save()
        onTextEdited: page.confirming = false
    }
    Notice {
        objectName: "labelWarning"
        text: page.warning
    }
    Notice {
        objectName: "labelProblem"
        isError: true
        text: page.problem
    }
    Notice {
        objectName: "labelConfirmQuestion"
        visible: page.confirming && page.warning.length > 0
        text: qsTr("Are you sure? Anyone who sees this tablet will see this label. Change it above, or use it anyway.")
    }
    AppButton {
        objectName: "keepIdentifyingLabel"
        visible: page.confirming && page.warning.length > 0
        Layout.fillWidth: true
        text: qsTr("Use this label anyway")
        onClicked: page.keepAnyway()
    }
    AppButton {
        objectName: "savePatient"
        Layout.fillWidth: true
        primary: true
        enabled: labelField.text.trim().length > 0 && !page.confirming
        text: page.renaming ? qsTr("Save the new label") : qsTr("Add")
        onClicked: page.save()
    }
    BodyText {
        muted: true
        visible: !page.renaming
        text: qsTr("Then set up their sessions on their page. Their answers, focus and letter stay on this tablet, locked with your passphrase.")
    }
}
