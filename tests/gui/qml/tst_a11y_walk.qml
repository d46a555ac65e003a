import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Accessibility (docs/DEVELOPING.md): the real window, a demo profile at three points of therapy, every
// page --page can open (the keys are read from the app's own QML, PageKeys.h), and on each
// the item tree walked as a screen reader would see it: every visible control has a name
// and is at least 48x48 px (A11yProbe.h), and crisis support ("Get help") is the first thing
// the Tab key reaches. The welcome and lock pages are walked too.
TestCase {
    id: tc
    name: "AccessibilityWalk"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function initTestCase() {
        TestDriver.setAccessibilityActive(true);
    }

    function walkWindow(window, label) {
        waitForRendering(window.contentItem);
        wait(Theme.motionMs + 50); // page transitions
        return TestDriver.accessibilityProblems(window.contentItem.parent).map(p => label + ": " + p);
    }

    // Get help first in the focus order (calm safety, docs/CLINICAL_SAFETY.md): the first item
    // Tab reaches from the start of the window.
    function focusOrderProblems(window, label) {
        const first = window.contentItem.nextItemInFocusChain(true);
        if (first && first.objectName === "crisisButton")
            return [];
        return [label + ": first in the focus order is " + (first ? (first.objectName || String(first)) : "nothing")
                + ", not Get help"];
    }

    function openDemo(stage) {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo(stage));
    }

    function firstArticleId() {
        const model = Library.articles;
        return model.rowCount() > 0 ? model.data(model.index(0, 0), Qt.UserRole + 1) : "";
    }

    function test_walkEveryPage_data() {
        return [
            { tag: "new", stage: "new" },
            { tag: "course in progress", stage: "middle" },
            { tag: "after therapy", stage: "after" }
        ];
    }

    function test_walkEveryPage(data) {
        openDemo(data.stage);
        const keys = TestDriver.pageKeys(firstArticleId());
        verify(keys.length >= 10, "page keys read from the QML: " + keys);
        verify(keys.indexOf("home") >= 0 && keys.indexOf("crisis") >= 0);
        let problems = [];
        for (const size of [[412, 915], [1280, 800]]) {
            for (const key of keys) {
                const window = createTemporaryObject(mainComponent, tc, { width: size[0], height: size[1] });
                window.showPage(key);
                const label = data.stage + " " + size[0] + " " + key;
                problems = problems.concat(walkWindow(window, label));
                if (key !== "crisis") // the crisis page itself starts with its own Back
                    problems = problems.concat(focusOrderProblems(window, label));
                window.destroy();
            }
        }
        problems = problems.filter((p, i) => problems.indexOf(p) === i);
        verify(problems.length === 0, problems.length + " problems:\n" + problems.join("\n"));
    }

    function test_welcomeAndLock() {
        TestDriver.freshProfile();
        let window = createTemporaryObject(mainComponent, tc);
        tryCompare(Session, "state", Session.Welcome);
        let problems = walkWindow(window, "welcome").concat(focusOrderProblems(window, "welcome"));
        const next = findChild(window.contentItem, "welcomeContinue");
        mouseClick(next);
        problems = problems.concat(walkWindow(window, "welcome passphrase"));
        // The passphrase field is named and announced as a password, shown or hidden.
        const field = findChild(window.contentItem, "newPassphrase");
        compare(TestDriver.accessibleName(field.input), field.label);
        verify(TestDriver.accessiblePasswordEdit(field.input));
        window.destroy();

        verify(TestDriver.lockedProfile("correct horse battery"));
        window = createTemporaryObject(mainComponent, tc);
        tryCompare(Session, "state", Session.Locked);
        problems = problems.concat(walkWindow(window, "lock"), focusOrderProblems(window, "lock"));
        verify(problems.length === 0, problems.length + " problems:\n" + problems.join("\n"));
    }

    // The probe itself: an unnamed button and a small one are found, a named one is not.
    Component {
        id: probeComponent
        Item {
            width: 400
            height: 400
            MouseArea { objectName: "unnamedArea"; width: 60; height: 60 }
            Rectangle {
                y: 100
                width: 30
                height: 30
                Accessible.name: "small"
                MouseArea { objectName: "smallArea"; anchors.fill: parent }
            }
            Rectangle {
                y: 200
                width: 60
                height: 60
                Accessible.name: "fine"
                MouseArea { objectName: "fineArea"; anchors.fill: parent }
            }
        }
    }

    function test_probeFindsProblems() {
        const item = createTemporaryObject(probeComponent, tc);
        const problems = TestDriver.accessibilityProblems(item).join("\n");
        verify(problems.indexOf("no accessible name: unnamedArea") >= 0, problems);
        verify(problems.indexOf("smaller than 48x48 (30x30): smallArea") >= 0, problems);
        verify(problems.indexOf("fineArea") < 0, problems);
    }
}
