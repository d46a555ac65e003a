import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import org.ditcompanion.app
import org.ditcompanion.design

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
        const page = stack.push(Routes.pageUrl("CrisisPage"), { afterRiskAnswer: afterRiskAnswer === true });
        page.closeRequested.connect(() => stack.pop());
    }
    // Opens a page by its key (the route table, Routes, docs/ARCHITECTURE.md). Used by --page.
    function showPage(key) {
        if (Routes.destination(key) === "crisis") {
            openCrisis();
            return;
        }
        // Handed to a patient (docs/THERAPIST.md): nothing else may be opened.
        if (HandToPatient.active)
            return;
        const shell = window.loaded("appShell");
        if (shell)
            shell.show(key);
    }
    function goBack() {
        if (stack.depth > 1) {
            stack.pop();
            return;
        }
        const handOver = window.loaded("handOverPage");
        if (handOver) {
            handOver.goBack();
            return;
        }
        const shell = window.loaded("appShell");
        if (shell)
            shell.goBack();
    }
    // When unlocking begins (the key is derived on its own thread for about half a second),
    // the types of the shell and its first page load in the background, so the unlocked
    // session only makes their items (docs/PERFORMANCE.md, "Unlock"). Not before: the lock
    // screen at rest holds only its own types.
    Connections {
        target: Session
        function onBusyChanged() {
            if (!Session.busy || stateLoader.preloaded.length > 0 || (Session.state !== Session.Locked && Session.state !== Session.Welcome))
                return;
            // Whether the course is over is read once unlocked: the usual first page until then.
            const first = Routes.homePage(Session.role, false);
            stateLoader.preloaded = ["AppShell", "CalmStackView", first].map(name => Qt.createComponent(Routes.pageUrl(name), Component.Asynchronous));
        }
    }

    // The page the state loader shows if it is the one so named, else null. By name, not by
    // type: naming a page's type here would load it at start (docs/PERFORMANCE.md).
    function loaded(objectName) {
        const item = stateLoader.item;
        return item && item.objectName === objectName ? item : null;
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

    // A flagged answer opens crisis support over whatever is shown. Forms are open only while
    // unlocked, so the Measures singleton is made then, not at start (docs/PERFORMANCE.md).
    Connections {
        target: Session.state === Session.Unlocked ? Measures : null
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

    // Each state's page is loaded by its URL when the state comes, so at start only the page
    // shown (the lock screen, mostly) is loaded, and the shell only once the session unlocks
    // (docs/PERFORMANCE.md).
    Loader {
        id: stateLoader
        objectName: "stateLoader"
        // The components loaded ahead while unlocking (above), kept so their types stay loaded.
        property var preloaded: []
        readonly property bool preloadReady: preloaded.length > 0 && preloaded.every(c => c.status === Component.Ready)
        source: {
            switch (Session.state) {
            case Session.Welcome:
                return Routes.pageUrl("WelcomePage");
            case Session.Locked:
                return Routes.pageUrl("LockPage");
            case Session.Damaged:
                return Routes.pageUrl("DamagedPage");
            default:
                // A therapist's tablet handed to a patient shows only their form (docs/THERAPIST.md).
                return Routes.pageUrl(HandToPatient.active ? "HandOverPage" : "AppShell");
            }
        }
    }
}
