import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// For the service's records (docs/THERAPIST.md): the patient open on the dashboard as a summary PDF
// (timeline, scores, outcomes; the PDF's metadata names nobody) or their answers as a FHIR
// R4 Bundle or CSV. A file outside the app is not protected by the passphrase: said plainly.
ScrollPage {
    id: page
    objectName: "patientExportPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("For the service — %1").arg(PatientDashboard.label)
    property string format: "pdf"

    BodyText {
        text: qsTr("A copy for the service's records. It names the patient only by their label (%1).").arg(PatientDashboard.label)
    }
    ButtonGroup {
        id: formats
    }
    RoleChoice {
        objectName: "exportPdf"
        ButtonGroup.group: formats
        checked: page.format === "pdf"
        title: qsTr("Summary (PDF)")
        detail: qsTr("The sessions and attendance, every total, caseness and reliable change, the risk answers and when each was seen.")
        onClicked: page.format = "pdf"
    }
    RoleChoice {
        objectName: "exportFhir"
        ButtonGroup.group: formats
        checked: page.format === "fhir"
        title: qsTr("Answers for a health record system")
        detail: qsTr("Every answer, corrections included, in the standard format clinical record systems import (FHIR).")
        onClicked: page.format = "fhir"
    }
    RoleChoice {
        objectName: "exportCsv"
        ButtonGroup.group: formats
        checked: page.format === "csv"
        title: qsTr("Answers (CSV)")
        detail: qsTr("One row per answered form, for a spreadsheet.")
        onClicked: page.format = "csv"
    }
    // Where it goes is chosen in the system's save dialog, offered a sensible name.
    AppButton {
        objectName: "patientExportSave"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Save a copy…")
        onClicked: saveDialog.choose()
    }
    SaveFileDialog {
        id: saveDialog
        objectName: "patientSaveDialog"
        title: qsTr("Save the export")
        suggestedName: PatientDashboard.exportFileName(page.format)
        nameFilters: page.format === "pdf" ? [qsTr("PDF (*.pdf)")]
                     : page.format === "csv" ? [qsTr("Spreadsheet (*.csv)")] : [qsTr("FHIR (*.json)")]
        onChosen: file => {
            const saved = page.format === "pdf" ? PatientDashboard.exportSummary(file)
                                                : PatientDashboard.exportAnswers(page.format, file);
            saveDialog.report(saved ? "" : PatientDashboard.errorMessage,
                              qsTr("Saved. This copy is not protected by your passphrase: keep it where the service's records are kept, and delete it from here when it is there."));
        }
    }
    Notice {
        objectName: "patientExportMessage"
        isError: saveDialog.failed
        text: saveDialog.message
    }
}
