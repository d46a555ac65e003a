import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// For the service's records (issue 6): the patient open on the dashboard as a summary PDF
// (timeline, scores, outcomes; the PDF's metadata names nobody) or their answers as a FHIR
// R4 Bundle or CSV. A file outside the app is not protected by the passphrase: said plainly.
ScrollPage {
    id: page
    objectName: "patientExportPage"
    title: qsTr("For the service")
    property string format: "pdf"
    property string message
    property bool failed: false

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
        title: qsTr("Answers (FHIR)")
        detail: qsTr("Every answer as FHIR R4 QuestionnaireResponses, corrections included.")
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
    PathField {
        id: saveAs
        objectName: "patientExportPath"
        Layout.fillWidth: true
        saving: true
        label: qsTr("Save as")
        dialogTitle: qsTr("Save the export as")
        text: PatientDashboard.exportFileName(page.format)
    }
    AppButton {
        objectName: "patientExportSave"
        Layout.fillWidth: true
        primary: true
        enabled: saveAs.text.length > 0
        text: qsTr("Save")
        onClicked: {
            const problem = page.format === "pdf" ? PatientDashboard.exportSummary(saveAs.text)
                                                  : PatientDashboard.exportAnswers(page.format, saveAs.text);
            page.failed = problem.length > 0;
            page.message = problem.length > 0 ? problem
                                              : qsTr("Saved. This copy is not protected by your passphrase: keep it where the service's records are kept, and delete it from here when it is there.");
        }
    }
    Notice {
        objectName: "patientExportMessage"
        isError: page.failed
        text: page.message
    }
}
