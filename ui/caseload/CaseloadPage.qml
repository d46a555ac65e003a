import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A therapist's home (docs/THERAPIST.md): the caseload, the next session first, a flag in words on any
// risk answer not yet acknowledged, search, archived patients on request, adding a patient.
// On a tablet (Theme.twoPaneWidth and wider) the chosen patient's dashboard sits beside the
// list (the first patient until another is chosen); on a phone a patient opens on a page of
// their own.
Page {
    id: page
    objectName: "caseloadPage"
    title: qsTr("Caseload")
    readonly property bool wide: width >= Theme.twoPaneWidth
    // The patient beside the list on a tablet.
    property string selectedId
    readonly property string shownId: wide ? (selectedId.length > 0 ? selectedId : firstId) : ""
    readonly property string firstId: Caseload.patients.count > 0 ? Caseload.patients.get(0)["patientId"] : "" // qmllint disable type
    onShownIdChanged: showBeside()
    onWideChanged: showBeside()

    background: Rectangle {
        color: Theme.background
    }

    function openPatient(patientId) {
        if (!page.StackView.view || patientId.length === 0)
            return null;
        page.StackView.view.pop(null, StackView.Immediate);
        if (page.wide && beside.item) {
            page.selectedId = patientId;
            showBeside();
            return beside.item;
        }
        PatientDashboard.patientId = patientId;
        return page.StackView.view.push(patientComponent, { patientId: patientId });
    }
    // The dashboard beside the list follows the chosen patient while the list is on top.
    function showBeside() {
        if (page.StackView.status !== StackView.Active && page.StackView.status !== StackView.Activating)
            return;
        if (page.shownId.length > 0 && beside.item)
            (beside.item as PatientPage).show(page.shownId);
        else
            PatientDashboard.patientId = "";
    }
    function addPatient() {
        return page.StackView.view.push(addComponent);
    }
    // For --page and tests: a route's page chain from here (Routes, docs/ARCHITECTURE.md):
    // the patient's page (the first listed, or the one labelled "patient:LABEL"), then the
    // rest of the route's pages on its stack, the last with the route's properties.
    function openRoute(key) {
        const route = Routes.route(key, "therapist");
        if (Object.keys(route).length === 0)
            return null;
        let patientId = Caseload.patients.count > 0 ? Caseload.patients.get(0).patientId : "";
        for (let i = 0; route.properties.patientLabel && i < Caseload.patients.count; ++i)
            if (Caseload.patients.get(i).label === route.properties.patientLabel)
                patientId = Caseload.patients.get(i).patientId;
        const patient = openPatient(patientId) as PatientPage;
        if (!patient)
            return null;
        const values = { "@patient": patientId, "@patientLabel": PatientDashboard.label };
        let opened = patient;
        for (let i = 1; i < route.pages.length; ++i)
            opened = patient.push(Routes.pageUrl(route.pages[i]),
                                  i === route.pages.length - 1 ? Routes.fill(route.properties, values) : {});
        return opened && route.then.length > 0 ? opened[route.then]() : opened;
    }
    // Hands the tablet to the first patient whose form is open (the "hand-over" route).
    function handOverFirstReady() {
        for (let i = 0; i < Caseload.patients.count; ++i) {
            if (HandToPatient.start(Caseload.patients.get(i).patientId))
                return;
        }
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
        showBeside();
        if (activated)
            Caseload.refresh();
        activated = true;
    }

    CaseloadList {
        id: list
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        x: page.wide ? Theme.spacing : (parent.width - width) / 2
        width: page.wide ? Math.min(Math.round(parent.width * 0.34), Theme.fontBody * 26)
                         : Math.min(parent.width - 2 * Theme.spacing, Math.round(Theme.readingWidth * 1.25))
        selectedId: page.shownId
        onPatientChosen: patientId => page.openPatient(patientId)
        onAddRequested: page.addPatient()
        onExportRequested: page.StackView.view.push(exportComponent)
    }

    Rectangle {
        visible: page.wide
        x: list.x + list.width + Theme.spacing - 1
        width: 1
        height: parent.height
        color: Theme.divider
    }
    // Made only on a tablet, so a phone's caseload starts as fast as before.
    Loader {
        id: beside
        active: page.wide
        visible: page.wide && page.shownId.length > 0
        x: list.x + list.width + Theme.spacing
        width: parent.width - x
        height: parent.height
        sourceComponent: PatientPage {
            objectName: "patientBeside"
            patientId: page.shownId // qmllint disable unqualified
            stack: page.StackView.view // qmllint disable unqualified
        }
        onLoaded: page.showBeside()
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
