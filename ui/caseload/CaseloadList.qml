import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The caseload's list (docs/THERAPIST.md), for CaseloadPage: summary, search, archived switch and Add on
// top, one row per patient, the export button below.
ListView {
id: list
// What the rows and buttons ask of the page (this list has no way to reach it:
// a bound ListView's delegates cannot be made in Qt 6.4, so they use ListView.view).
signal patientChosen(string patientId)
signal addRequested()
signal exportRequested()
// The patient shown beside the list on a tablet ("" on a phone).
property string selectedId
    objectName: "caseloadList"
    model: Caseload.patients
    spacing: Theme.spacingSmall
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Patients")

    header: ColumnLayout {
        id: head
        // A header that grows after the first layout (its text wrapping at large sizes) would
        // leave the list starting part-way into it: stay at the top if it was there.
        property real shownHeight: 0
        width: head.ListView.view.width
        onHeightChanged: {
            const view = head.ListView.view;
            // Later: not while the list is still making its items.
            if (view && view.contentY <= -head.shownHeight + 1)
                Qt.callLater(view.positionViewAtBeginning);
            head.shownHeight = height;
        }
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
            placeholder: qsTr("Find a patient by initials or name")
            accessibleName: qsTr("Find a patient by the initials or name you gave them")
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
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/plus.svg"
            text: qsTr("Add a patient")
            onClicked: (head.ListView.view as CaseloadList).addRequested()
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
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/people.svg"
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
        width: ListView.view.width
        label: model.label
        courseLine: model.courseLine
        nextSession: model.nextSession
        riskText: model.riskText
        archived: model.archived
        selected: patientId === (ListView.view as CaseloadList).selectedId
        Accessible.name: description
        onClicked: (ListView.view as CaseloadList).patientChosen(patientId)
    }

    footer: ColumnLayout {
        id: foot
        width: foot.ListView.view.width
        spacing: Theme.spacing
        Item {
            implicitHeight: Theme.spacing
        }
        AppButton {
            objectName: "exportCaseload"
            visible: Caseload.activeCount + Caseload.archivedCount > 0
            Layout.fillWidth: true
            text: qsTr("Export the caseload for the service…")
            onClicked: (foot.ListView.view as CaseloadList).exportRequested()
        }
        Item {
            implicitHeight: Theme.spacingLarge
        }
    }
}
