import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Hand-over files (docs/THERAPIST.md): moving the record between the therapist's tablet and the
// patient's phone with no server. One page for both: the therapist makes a file for the
// patient open on the dashboard and brings in one from them; the patient (Settings) makes one
// for their therapist and brings in one from them. Each file is sealed under a one-time code,
// shown here once, to be given in person; the code is never kept.
ScrollPage {
    id: page
    objectName: "handoverFilePage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    // The therapist's patient; empty in a patient's app.
    property string patientId
    readonly property bool forPatient: patientId.length > 0
    property string exportMessage
    property bool exportFailed: false
    property string importMessage
    property bool importFailed: false
    // The therapist's page names the patient it is for.
    title: forPatient ? qsTr("Hand-over file — %1").arg(PatientDashboard.label) : qsTr("Hand-over file")

    readonly property string preview: forPatient
        ? HandoverFiles.previewForPatient(patientId, sendCourse.checked, sendFocus.checked, sendLetters.checked, sendAnswers.checked)
        : HandoverFiles.previewForTherapist(sendAnswers.checked, sendReply.checked, sendNotes.checked)

    Component.onDestruction: {
        HandoverFiles.clearCode();
        HandoverFiles.clearPending();
    }

    Connections {
        target: HandoverFiles
        function onExportFinished(ok, message) {
            page.exportFailed = !ok;
            page.exportMessage = message;
        }
        function onImportFinished(ok, message) {
            page.importFailed = !ok;
            page.importMessage = message;
            if (ok)
                codeField.text = "";
        }
    }

    BodyText {
        text: page.forPatient
              ? qsTr("A hand-over file carries the patient's record between this tablet and their app, without a server. It is encrypted and opens only with a code you give the patient in person.")
              : qsTr("A hand-over file carries your record between your app and your therapist's tablet, without a server. It is encrypted and opens only with a code, given in person.")
    }

    // ---- Making a file.
    Heading {
        level: 2
        text: page.forPatient ? qsTr("For the patient's app") : qsTr("For your therapist")
    }
    Card {
        Layout.fillWidth: true
        ChoiceCheck {
            id: sendCourse
            Layout.fillWidth: true
            objectName: "sendCourse"
            visible: page.forPatient
            checked: true
            text: qsTr("The sessions")
        }
        ChoiceCheck {
            id: sendFocus
            Layout.fillWidth: true
            objectName: "sendFocus"
            visible: page.forPatient
            checked: true
            text: qsTr("The focus, every version")
        }
        ChoiceCheck {
            id: sendLetters
            Layout.fillWidth: true
            objectName: "sendLetters"
            visible: page.forPatient
            checked: true
            text: qsTr("The letter: versions marked shared or final")
        }
        ChoiceCheck {
            id: sendAnswers
            Layout.fillWidth: true
            objectName: "sendAnswers"
            checked: true
            text: page.forPatient ? qsTr("Form answers") : qsTr("My form answers")
        }
        ChoiceCheck {
            id: sendReply
            Layout.fillWidth: true
            objectName: "sendReply"
            visible: !page.forPatient
            checked: true
            text: qsTr("My reply to the letter")
        }
        ChoiceCheck {
            id: sendNotes
            Layout.fillWidth: true
            objectName: "sendNotes"
            visible: !page.forPatient
            checked: false
            text: qsTr("The passages I marked in the letter, and my notes on them")
        }
        BodyText {
            visible: !page.forPatient
            muted: true
            font.pixelSize: Theme.fontSmall
            text: qsTr("Your notes are private unless you tick this. Your reflections and On my mind notes never go.")
        }
        BodyText {
            objectName: "handoverPreview"
            text: page.preview
        }
        PathField {
            id: saveAs
            objectName: "handoverSaveAs"
            Layout.fillWidth: true
            saving: true
            label: qsTr("Save the file as")
            dialogTitle: qsTr("Save the hand-over file as")
            nameFilters: [qsTr("Hand-over files (*.dithandover)")]
        }
        AppButton {
            objectName: "makeHandoverFile"
            Layout.fillWidth: true
            primary: true
            enabled: !HandoverFiles.busy && saveAs.text.length > 0
            text: HandoverFiles.busy ? qsTr("Sealing the file…") : qsTr("Make the file")
            onClicked: {
                page.exportMessage = "";
                if (page.forPatient)
                    HandoverFiles.exportForPatient(page.patientId, saveAs.text, sendCourse.checked,
                                                   sendFocus.checked, sendLetters.checked, sendAnswers.checked);
                else
                    HandoverFiles.exportForTherapist(saveAs.text, sendAnswers.checked,
                                                     sendReply.checked, sendNotes.checked);
            }
        }
        Notice {
            objectName: "handoverExportMessage"
            isError: page.exportFailed
            text: page.exportMessage
        }
    }
    Card {
        objectName: "handoverCodeCard"
        visible: HandoverFiles.code.length > 0
        Layout.fillWidth: true
        border.color: Theme.primary
        border.width: 2
        Heading {
            level: 3
            text: qsTr("The code, shown only now")
        }
        Label {
            objectName: "handoverCode"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: HandoverFiles.code
            font.family: "DejaVu Sans Mono"
            font.pixelSize: Theme.fontHeadline
            font.weight: Font.DemiBold
            font.letterSpacing: 2
            color: Theme.text
            wrapMode: Text.WrapAnywhere
            Accessible.name: qsTr("Code: %1").arg(HandoverFiles.codeSpoken)
        }
        BodyText {
            text: qsTr("Read it out or show it; it is not kept anywhere. Give the file separately (a cable, a memory stick, a message), never with the code. O is read as zero, and I or L as one.")
        }
        AppButton {
            objectName: "handoverCodeDone"
            Layout.fillWidth: true
            text: qsTr("The code has been given")
            onClicked: HandoverFiles.clearCode()
        }
    }

    // ---- Bringing one in.
    Heading {
        level: 2
        Layout.topMargin: Theme.spacing
        text: page.forPatient ? qsTr("From the patient's app") : qsTr("From your therapist")
    }
    Card {
        Layout.fillWidth: true
        BodyText {
            visible: !HandoverFiles.awaitingConfirmation
            text: page.forPatient
                  ? qsTr("Their answers, their reply and, if they chose, their notes on the letter. Nothing here is replaced: what is new is added.")
                  : qsTr("The sessions, your focus and your letter as your therapist shared them. Nothing here is replaced: what is new is added.")
        }
        // Whom the opened file is for, before anything is saved (docs/CLINICAL_SAFETY.md, H18).
        WhoCheck {
            objectName: "handoverWhoCheck"
            visible: HandoverFiles.awaitingConfirmation
            heading: page.forPatient
                     ? qsTr("This file goes into the record of: %1").arg(HandoverFiles.pendingLabel)
                     : HandoverFiles.pendingLabel.length > 0
                       ? qsTr("This file is for: %1").arg(HandoverFiles.pendingLabel)
                       : qsTr("This file does not say whom it is for")
            explanation: (page.forPatient
                          ? qsTr("If this is the right patient, bring it in. If not, nothing is saved.")
                          : HandoverFiles.pendingLabel.length > 0
                            ? qsTr("If this is you, bring it in. If it is not, nothing is saved.")
                            : qsTr("It was made by an earlier version of the app. Bring it in only if your therapist gave it to you. If not, nothing is saved."))
                         + " " + HandoverFiles.pendingContents
            confirmText: page.forPatient ? qsTr("Yes, bring it in") : qsTr("Yes, this is me")
            declineText: page.forPatient ? qsTr("Not this patient") : qsTr("That's not me")
            onConfirmed: HandoverFiles.confirmImport()
            onDeclined: {
                codeField.text = "";
                HandoverFiles.declineImport();
            }
        }
        PathField {
            id: openFile
            objectName: "handoverOpen"
            visible: !HandoverFiles.awaitingConfirmation
            Layout.fillWidth: true
            label: qsTr("The file")
            dialogTitle: qsTr("Choose the hand-over file")
            nameFilters: [qsTr("Hand-over files (*.dithandover)"), qsTr("All files (*)")]
        }
        Label {
            visible: !HandoverFiles.awaitingConfirmation
            text: qsTr("The code (%1 letters and numbers)").arg(HandoverFiles.codeLength)
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        AppTextField {
            id: codeField
            objectName: "handoverCodeField"
            visible: !HandoverFiles.awaitingConfirmation
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontLarge
            font.capitalization: Font.AllUppercase
            color: Theme.text
            placeholderText: "XXXX-XXXX-XXXX"
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhPreferUppercase
            Accessible.name: qsTr("The code")
            onAccepted: importButton.clicked()
        }
        AppButton {
            id: importButton
            objectName: "importHandoverFile"
            visible: !HandoverFiles.awaitingConfirmation
            Layout.fillWidth: true
            primary: true
            enabled: !HandoverFiles.busy && openFile.text.length > 0 && codeField.text.length > 0
            text: HandoverFiles.busy ? qsTr("Opening…") : qsTr("Open the file")
            onClicked: {
                page.importMessage = "";
                HandoverFiles.importFile(openFile.text, codeField.text, page.patientId);
            }
        }
        Notice {
            objectName: "handoverImportMessage"
            isError: page.importFailed
            text: page.importMessage
        }
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: HandoverFiles.busy
        visible: running
        Accessible.name: qsTr("Working")
    }
}
