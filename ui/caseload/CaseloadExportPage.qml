import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The whole caseload's answers for the service (docs/THERAPIST.md), as FHIR or CSV, each naming the
// patient by their random id and label. It carries everyone away unencrypted, so the
// passphrase is asked again, as for a backup.
ScrollPage {
    id: page
    objectName: "caseloadExportPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Export the caseload")
    property string format: "fhir"

    Connections {
        target: Caseload
        function onExportFinished(ok, message) {
            saveDialog.failed = !ok;
            saveDialog.message = message;
        }
    }

    BodyText {
        text: qsTr("Every patient's answers (archived patients too), each named by the short name you gave them and a random number.")
    }
    ButtonGroup {
        id: formats
    }
    RoleChoice {
        objectName: "caseloadFhir"
        ButtonGroup.group: formats
        checked: page.format === "fhir"
        title: qsTr("For a health record system")
        detail: qsTr("Every answer, with whose it is, in the standard format clinical record systems import (FHIR).")
        onClicked: page.format = "fhir"
    }
    RoleChoice {
        objectName: "caseloadCsv"
        ButtonGroup.group: formats
        checked: page.format === "csv"
        title: qsTr("CSV")
        detail: qsTr("One row per answered form, for a spreadsheet.")
        onClicked: page.format = "csv"
    }
    PassphraseField {
        id: passphrase
        objectName: "caseloadExportPassphrase"
        Layout.fillWidth: true
        label: qsTr("Your passphrase, to confirm")
        onAccepted: saveButton.clicked()
    }
    // Where it goes is chosen in the system's save dialog, offered a sensible name.
    AppButton {
        id: saveButton
        objectName: "caseloadExportSave"
        Layout.fillWidth: true
        primary: true
        enabled: !Caseload.busy && passphrase.text.length > 0
        text: Caseload.busy ? qsTr("Checking…") : qsTr("Save a copy…")
        onClicked: saveDialog.choose()
    }
    SaveFileDialog {
        id: saveDialog
        objectName: "caseloadSaveDialog"
        title: qsTr("Save the caseload export")
        suggestedName: Caseload.exportFileName(page.format)
        nameFilters: page.format === "csv" ? [qsTr("Spreadsheet (*.csv)")] : [qsTr("FHIR (*.json)")]
        // Checked and written in the background: onExportFinished says how it went.
        onChosen: file => {
            Caseload.exportAll(page.format, file, passphrase.text);
            passphrase.clear();
        }
    }
    Notice {
        objectName: "caseloadExportMessage"
        isError: saveDialog.failed
        text: saveDialog.message
    }
}
