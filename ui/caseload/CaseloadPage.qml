import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A therapist's home (issue 6): the caseload, the next session first, a flag in words on any
// risk answer not yet acknowledged, search, archived patients on request, adding a patient.
Page {
    id: page
    objectName: "caseloadPage"
    title: qsTr("Caseload")

    background: Rectangle {
        color: Theme.background
    }

    function openPatient(patientId) {
        if (!page.StackView.view || patientId.length === 0)
            return null;
        page.StackView.view.pop(null, StackView.Immediate);
        PatientDashboard.patientId = patientId;
        return page.StackView.view.push(patientComponent, { patientId: patientId });
    }
    function addPatient() {
        return page.StackView.view.push(addComponent);
    }
    // For --page and tests: the therapist's keys in the route table (Routes, docs/ARCHITECTURE.md).
    function openByKey(key) {
        if (key === "caseload")
            return page;
        if (key === "patient-add")
            return addPatient();
        if (key === "caseload-export")
            return page.StackView.view.push(exportComponent);
        let patientId = Caseload.patients.count > 0 ? Caseload.patients.get(0).patientId : "";
        if (key.startsWith("patient:")) {
            const label = key.substring(8);
            for (let i = 0; i < Caseload.patients.count; ++i)
                if (Caseload.patients.get(i).label === label)
                    patientId = Caseload.patients.get(i).patientId;
            key = "patient";
        }
        if (key === "hand-over") {
            for (let i = 0; i < Caseload.patients.count; ++i) {
                const id = Caseload.patients.get(i).patientId;
                if (HandToPatient.start(id))
                    return null;
            }
            return null;
        }
        const patient = openPatient(patientId) as PatientPage;
        if (patient && key !== "patient")
            patient.openByKey(key.substring(8));
        return patient;
    }

    // Back with the therapist after a hand-over: on that patient's page.
    Connections {
        target: HandToPatient
        function onReturned(patientId) {
            page.openPatient(patientId);
        }
    }

    // Back on the list: no patient is open. The list was built when the store opened (or
    // when Caseload was first used), so the first activation does not build it again
    // (docs/PERFORMANCE.md).
    property bool activated: false
    StackView.onActivated: {
        PatientDashboard.patientId = "";
        if (activated)
            Caseload.refresh();
        activated = true;
    }

    CaseloadList {
        id: list
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Math.round(Theme.readingWidth * 1.25))
        onPatientChosen: patientId => page.openPatient(patientId)
        onAddRequested: page.addPatient()
        onExportRequested: page.StackView.view.push(exportComponent)
    }

    Component {
        id: patientComponent
        PatientPage {}
    }
    Component {
        id: addComponent
        AddPatientPage {
            onAdded: patientId => page.openPatient(patientId)
        }
    }
    Component {
        id: exportComponent
        CaseloadExportPage {}
    }
}
