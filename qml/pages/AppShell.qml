import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// The unlocked app: a header with crisis support, the five destinations, and a stack per
// destination so each keeps its place when you switch away and back.
Page {
    id: shell
    objectName: "appShell"
    readonly property bool wide: width >= Theme.wideWidth
    property int currentIndex: 0
    // A therapist's profile (issue 6) has its own destinations: the caseload is home, and
    // Measures and Letter live inside each patient's page; Learn (to show a patient a piece)
    // and Settings stay. The role cannot change while the shell exists.
    readonly property bool therapist: Session.role === "therapist"
    readonly property var destinations: therapist ? therapistDestinations : patientDestinations
    readonly property var therapistDestinations: [
        { key: "caseload", title: qsTr("Caseload"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/people.svg" },
        { key: "learn", title: qsTr("Learn"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/learn.svg" },
        { key: "settings", title: qsTr("Settings"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/settings.svg" }
    ]
    readonly property var patientDestinations: [
        { key: "home", title: qsTr("Home"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/home.svg" },
        { key: "measures", title: qsTr("Measures"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/measures.svg" },
        { key: "learn", title: qsTr("Learn"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/learn.svg" },
        { key: "letter", title: qsTr("Letter"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/letter.svg" },
        { key: "settings", title: qsTr("Settings"), icon: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/settings.svg" }
    ]
    // Repeater.itemAt() is not a notifying binding, so keep this up to date by hand.
    property StackView currentStack: null
    onCurrentIndexChanged: currentStack = stacks.itemAt(currentIndex) as StackView
    // A page that asks for the whole screen (the letter's reading mode) hides the tab bar
    // and the side rail; the header with Get help and Back stays.
    readonly property ScrollPage currentPage: currentStack ? currentStack.currentItem as ScrollPage : null
    readonly property bool immersive: currentPage !== null && currentPage.immersive

    // Opens a page by its key (the route table, Routes, docs/ARCHITECTURE.md): its destination,
    // then the pages pushed on that destination's stack, or a function of its first page.
    // False when the key is not this shell's.
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
        const stack = stacks.itemAt(index) as StackView;
        if (!stack)
            return false;
        for (const name of route.pages)
            stack.push(Qt.resolvedUrl(name + ".qml"), route.properties);
        if (route.call.length > 0) {
            const first = stack.get(0);
            if (first && typeof first[route.call] === "function")
                first[route.call](route.argument);
        }
        return true;
    }
    // Back with the therapist after a hand-over: on that patient's page.
    Connections {
        target: HandToPatient
        function onReturned(patientId) {
            Measures.closeForm();
            shell.currentIndex = 0;
            const caseload = shell.currentStack ? shell.currentStack.get(0) as CaseloadPage : null;
            if (caseload)
                caseload.openPatient(patientId);
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
        onBackRequested: shell.goBack()
    }
    footer: NavBar {
        visible: !shell.wide && !shell.immersive
        destinations: shell.destinations
        currentIndex: shell.currentIndex
        onSelected: index => shell.currentIndex = index
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavBar {
            Layout.fillHeight: true
            visible: shell.wide && !shell.immersive
            vertical: true
            destinations: shell.destinations
            currentIndex: shell.currentIndex
            onSelected: index => shell.currentIndex = index
        }
        StackLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: shell.currentIndex

            Repeater {
                id: stacks
                model: shell.therapist ? [caseloadComponent, learnComponent, settingsComponent]
                                       : [homeComponent, measuresComponent, learnComponent, letterComponent, settingsComponent]
                onItemAdded: (index, item) => {
                    if (index === shell.currentIndex)
                        shell.currentStack = item as StackView;
                    // Issue 5: Home may start on the letter.
                    if (index === 0 && !shell.therapist && shell.homeRoot !== homeComponent)
                        (item as StackView).replace(null, shell.homeRoot, {}, StackView.Immediate);
                }
                CalmStackView {
                    required property Component modelData
                    initialItem: modelData
                }
            }
        }
    }

    Component {
        id: homeComponent
        HomePage {}
    }
    // Issue 5: after therapy Home opens on the letter. The rule is in C++ (LetterHome.active);
    // when it changes, Home's stack starts again from the other page.
    Component {
        id: letterHomeComponent
        LetterHomePage {}
    }
    readonly property Component homeRoot: LetterHome.active ? letterHomeComponent : homeComponent
    onHomeRootChanged: {
        const home = stacks.itemAt(0) as StackView;
        if (home && !therapist)
            home.replace(null, homeRoot);
    }
    Component {
        id: caseloadComponent
        CaseloadPage {}
    }
    Component {
        id: measuresComponent
        MeasuresPage {}
    }
    Component {
        id: learnComponent
        LearnPage {}
    }
    Component {
        id: letterComponent
        LetterPage {}
    }
    Component {
        id: settingsComponent
        SettingsPage {}
    }
}
