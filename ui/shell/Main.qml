import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import org.ditcompanion.app

// The window: shows welcome, lock, damaged or the app according to the session, with crisis
// support able to open over any of them.
ApplicationWindow {
    id: window
    objectName: "mainWindow"
    width: 412
    height: 915
    visible: true
    title: qsTr("DIT Companion")
    color: Theme.background
    font.pixelSize: Theme.fontBody

    Material.theme: Theme.dark ? Material.Dark : Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text

    // Switching away from the app (minimised or hidden) locks it.
    onVisibilityChanged: visibility => {
        if (visibility === Window.Minimized || visibility === Window.Hidden)
            Session.windowHidden();
    }

    // afterRiskAnswer: opened because a form's answer was just flagged (CrisisPage says the app
    // is not monitored and who can see the answer, and offers to go on with the form or stop).
    function openCrisis(afterRiskAnswer) {
        if (stack.depth > 1)
            return;
        const page = stack.push(crisisComponent, { afterRiskAnswer: afterRiskAnswer === true }) as CrisisPage;
        page.closeRequested.connect(() => stack.pop());
    }
    // Opens a page by its key (the route table, Routes, docs/ARCHITECTURE.md). Used by --page.
    function showPage(key) {
        if (Routes.destination(key) === "crisis") {
            openCrisis();
            return;
        }
        // Handed to a patient (issue 6): nothing else may be opened.
        if (HandToPatient.active)
            return;
        const shell = stateLoader.item as AppShell;
        if (shell)
            shell.show(key);
    }
    function goBack() {
        if (stack.depth > 1) {
            stack.pop();
            return;
        }
        const handOver = stateLoader.item as HandOverPage;
        if (handOver) {
            handOver.goBack();
            return;
        }
        const shell = stateLoader.item as AppShell;
        if (shell)
            shell.goBack();
    }

    Connections {
        target: Nav
        function onCrisisRequested() {
            window.openCrisis();
        }
        function onBackRequested() {
            window.goBack();
        }
    }

    Connections {
        target: Measures
        function onRiskAnswered() {
            window.openCrisis(true);
        }
    }

    Shortcut {
        sequences: ["Esc", "Back"]
        onActivated: window.goBack()
    }

    CalmStackView {
        id: stack
        objectName: "rootStack"
        anchors.fill: parent
        initialItem: stateLoader
    }

    Loader {
        id: stateLoader
        objectName: "stateLoader"
        sourceComponent: {
            switch (Session.state) {
            case Session.Welcome:
                return welcomeComponent;
            case Session.Locked:
                return lockComponent;
            case Session.Damaged:
                return damagedComponent;
            default:
                // A therapist's tablet handed to a patient shows only their form (issue 6).
                return HandToPatient.active ? handOverComponent : shellComponent;
            }
        }
    }

    Component {
        id: welcomeComponent
        WelcomePage {}
    }
    Component {
        id: lockComponent
        LockPage {}
    }
    Component {
        id: damagedComponent
        DamagedPage {}
    }
    Component {
        id: shellComponent
        AppShell {}
    }
    Component {
        id: crisisComponent
        CrisisPage {}
    }
    Component {
        id: handOverComponent
        HandOverPage {}
    }
}
