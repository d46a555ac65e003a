pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

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
    // For --page and tests: see AppShell.showTherapist().
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

    // Back on the list: no patient is open.
    StackView.onActivated: {
        PatientDashboard.patientId = "";
        Caseload.refresh();
    }

    ListView {
        id: list
        objectName: "caseloadList"
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 2 * Theme.spacing, Math.round(Theme.readingWidth * 1.25))
        model: Caseload.patients
        spacing: Theme.spacingSmall
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Patients")

        header: ColumnLayout {
            width: list.width
            spacing: Theme.spacing

            Item {
                implicitHeight: Theme.spacing
            }
            Heading {
                objectName: "caseloadSummary"
                level: 2
                text: Caseload.summary
            }
            SearchField {
                objectName: "caseloadSearch"
                placeholder: qsTr("Search by label")
                accessibleName: qsTr("Search the caseload by label")
                text: Caseload.search
                onTextChanged: Caseload.search = text
            }
            LabelledSwitch {
                objectName: "showArchived"
                visible: Caseload.archivedCount > 0
                text: qsTr("Show archived patients (%1)").arg(Caseload.archivedCount)
                checked: Caseload.showArchived
                onToggled: checked => Caseload.showArchived = checked
            }
            AppButton {
                objectName: "addPatient"
                Layout.fillWidth: true
                primary: true
                icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/plus.svg"
                text: qsTr("Add a patient")
                onClicked: page.addPatient()
            }
            Notice {
                objectName: "caseloadError"
                isError: true
                text: Caseload.errorMessage
            }
            EmptyState {
                objectName: "caseloadEmpty"
                visible: Caseload.patients.count === 0
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/people.svg"
                title: Caseload.emptyTitle
                body: Caseload.emptyText
            }
            Item {
                implicitHeight: 2
            }
        }

        delegate: PatientDelegate {
            required property string patientId
            required property string description
            required property int index
            required property var model
            objectName: "patient_" + index
            width: list.width
            label: model.label
            courseLine: model.courseLine
            nextSession: model.nextSession
            riskText: model.riskText
            archived: model.archived
            Accessible.name: description
            onClicked: page.openPatient(patientId)
        }

        footer: ColumnLayout {
            width: list.width
            spacing: Theme.spacing
            Item {
                implicitHeight: Theme.spacing
            }
            AppButton {
                objectName: "exportCaseload"
                visible: Caseload.activeCount + Caseload.archivedCount > 0
                Layout.fillWidth: true
                text: qsTr("Export the caseload for the service…")
                onClicked: page.StackView.view.push(exportComponent)
            }
            Item {
                implicitHeight: Theme.spacingLarge
            }
        }
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
