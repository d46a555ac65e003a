pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The unlocked app: a header with crisis support, the five destinations, and a stack per
// destination so each keeps its place when you switch away and back.
Page {
    id: shell
    objectName: "appShell"
    readonly property bool wide: width >= Theme.wideWidth
    property int currentIndex: 0
    // A therapist's profile (docs/THERAPIST.md) has its own destinations: the caseload is home, and
    // Measures and Letter live inside each patient's page; Learn (to show a patient a piece)
    // and Settings stay. The role cannot change while the shell exists.
    readonly property bool therapist: Session.role === "therapist"
    readonly property var destinations: therapist ? therapistDestinations : patientDestinations
    readonly property var therapistDestinations: [
        { key: "caseload", title: qsTr("Caseload"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/people.svg" },
        { key: "learn", title: qsTr("Learn"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/learn.svg" },
        { key: "settings", title: qsTr("Settings"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/settings.svg" }
    ]
    readonly property var patientDestinations: [
        { key: "home", title: qsTr("Home"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/home.svg" },
        { key: "measures", title: qsTr("Measures"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/measures.svg" },
        { key: "learn", title: qsTr("Learn"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/learn.svg" },
        { key: "letter", title: qsTr("Letter"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg" },
        { key: "settings", title: qsTr("Settings"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/settings.svg" }
    ]
    // Repeater.itemAt() is not a notifying binding, so keep this up to date by hand.
    property StackView currentStack: null
    onCurrentIndexChanged: currentStack = stackAt(currentIndex)
    // A destination's stack, or null until it is first shown.
    function stackAt(index) {
        const tab = stacks.itemAt(index) as Loader;
        return tab ? tab.item as StackView : null;
    }
    // A page that asks for the whole screen (the letter's reading mode, or a task a person
    // completes or cancels: a form, a backup, adding a patient) says so with its own
    // `immersive` property (ScrollPage has one; a page of another kind may declare it); the
    // shell hides the tab bar and the side rail, and the header with Get help and Back stays.
    readonly property Item currentPage: currentStack ? currentStack.currentItem : null
    readonly property bool immersive: currentPage !== null && currentPage["immersive"] === true // qmllint disable type
    // On the therapist's own screens on a tablet, Get help heads the side rail rather than the
    // top bar: still 48 px and still the first thing Tab reaches (AppHeader draws it there).
    readonly property bool helpInRail: therapist && wide && !immersive

    // Opens a page by its key (the route table, Routes, docs/ARCHITECTURE.md): its destination,
    // then the pages pushed on that destination's stack, or a function of its first page that
    // opens them itself. False when the key is not this shell's.
    function show(key) {
        const route = Routes.route(key, therapist ? "therapist" : "patient");
        let index = -1;
        for (let i = 0; i < destinations.length; ++i) {
            if (destinations[i].key === route.destination)
                index = i;
        }
        if (index < 0)
            return false;
        currentIndex = index;
        const stack = stackAt(index);
        if (!stack)
            return false;
        if (route.call.length === 0) {
            for (const name of route.pages)
                stack.push(Routes.pageUrl(name), route.properties);
            return true;
        }
        const first = stack.get(0);
        if (first && typeof first[route.call] === "function")
            first[route.call](route.argument);
        return true;
    }
    // Back with the therapist after a hand-over: on the caseload, where CaseloadPage opens
    // that patient's page.
    Connections {
        target: HandToPatient
        function onReturned() {
            Measures.closeForm();
            shell.currentIndex = 0;
        }
    }

    // Steps back inside the current destination; false if already at its top.
    function goBack() {
        if (currentStack && currentStack.depth > 1) {
            currentStack.pop();
            return true;
        }
        return false;
    }

    background: Rectangle {
        color: Theme.background
    }
    header: AppHeader {
        title: shell.currentStack && shell.currentStack.currentItem
               ? (shell.currentStack.currentItem as Page).title : shell.destinations[shell.currentIndex].title
        canGoBack: shell.currentStack !== null && shell.currentStack.depth > 1
        helpInHeader: !shell.helpInRail
        railWidth: rail.width
        railTop: savingPaused.visible ? savingPaused.height + 2 * Theme.spacingSmall : 0
        z: 2 // Get help, when in the rail, is drawn over the rail's top
        onBackRequested: shell.goBack()
    }
    footer: NavBar {
        visible: !shell.wide && !shell.immersive
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.currentIndex = index
    }

    // The store could only be opened for reading: said calmly, with an icon and words, for as
    // long as the app is unlocked (docs/ARCHITECTURE.md, "saving paused").
    Notice {
        id: savingPaused
        objectName: "savingPausedBanner"
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: visible ? Theme.spacingSmall : 0
        height: visible ? implicitHeight : 0
        // What to do depends on why: room to make, or a folder to make writable again.
        text: Session.savingPausedReason.length === 0 ? ""
              : Session.savingPausedForRoom
                ? qsTr("Saving is paused: %1. You can still read everything. To save again, free some space, then lock and unlock the app.").arg(Session.savingPausedReason)
                : qsTr("Saving is paused: %1. You can still read everything. To save again, make the folder writable, then lock and unlock the app.").arg(Session.savingPausedReason)
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        anchors.top: savingPaused.visible ? savingPaused.bottom : parent.top
        anchors.topMargin: savingPaused.visible ? Theme.spacingSmall : 0
        spacing: 0

        NavBar {
            id: rail
            objectName: "sideRail"
            Layout.fillHeight: true
            visible: shell.wide && !shell.immersive
            vertical: true
            topInset: shell.helpInRail ? (shell.header as AppHeader).railHelpHeight + Theme.spacingLarge : 0
            destinations: shell.destinations
            currentIndex: shell.currentIndex
            onSelected: index => shell.currentIndex = index
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: shell.currentIndex

            // A destination's stack and first page are made the first time it is shown, and
            // then kept (docs/PERFORMANCE.md). Pages by URL: naming their types here would
            // load every destination's pages with the shell.
            Repeater {
                id: stacks
                model: Routes.tabPages(Session.role)
                Loader {
                    id: tab
                    required property string modelData
                    required property int index
                    active: index === shell.currentIndex
                    source: Routes.pageUrl("CalmStackView")
                    onLoaded: {
                        active = true; // kept once made
                        const stack = item as StackView;
                        // Home may start on the letter.
                        stack.push(Routes.pageUrl(modelData.length > 0 ? modelData : shell.homeRoot), {}, StackView.Immediate);
                        if (index === shell.currentIndex)
                            shell.currentStack = stack;
                    }
                }
            }
        }
    }


    // After therapy Home opens on the letter. The rule is in C++ (LetterHome.active);
    // when it changes, Home's stack starts again from the other page.
    readonly property string homeRoot: Routes.homePage("patient", LetterHome.active)
    onHomeRootChanged: {
        const home = stackAt(0);
        if (home && !therapist)
            home.replace(null, Routes.pageUrl(homeRoot));
    }
}
