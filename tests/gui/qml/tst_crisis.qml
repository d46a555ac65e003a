import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Crisis support: the service's contacts, reachable even while locked, and closable.
TestCase {
    id: tc
    name: "Crisis"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: crisis
        CrisisPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: lock
        LockPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: main
        Main {}
    }
    SignalSpy {
        id: crisisSpy
        target: Nav
        signalName: "crisisRequested"
    }

    // DESIGN.md §4: UK defaults 999, NHS 111, Samaritans 116 123, Shout text 85258.
    function test_listsTheServiceContacts() {
        const page = createTemporaryObject(crisis, tc);
        const expected = ["Call 999", "Call 111", "Call 116 123", "Text 85258"];
        for (let i = 0; i < expected.length; ++i) {
            const button = findChild(page, "crisisContact_" + i);
            verify(button !== null, "contact " + i);
            compare(button.text, expected[i]);
            verify(button.height >= 48);
        }
        verify(findChild(page, "crisisContact_4") === null);
    }

    function test_saysTheAppIsNotMonitored() {
        const page = createTemporaryObject(crisis, tc);
        verify(findChild(page, "crisisTitle") !== null);
        let found = false;
        const texts = [];
        function walk(item) {
            if (item.text !== undefined && String(item.text).indexOf("not monitored") >= 0)
                found = true;
            for (let i = 0; i < item.children.length; ++i)
                walk(item.children[i]);
        }
        walk(page);
        verify(found);
    }

    function test_reachableFromTheLockScreen() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        const page = createTemporaryObject(lock, tc);
        crisisSpy.clear();
        mouseClick(findChild(page, "crisisButton"));
        compare(crisisSpy.count, 1);
    }

    function test_windowOpensAndClosesCrisisOverAnyState() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        const window = createTemporaryObject(main, tc);
        const stack = findChild(window.contentItem, "rootStack");
        compare(stack.depth, 1);
        Nav.crisisRequested();
        compare(stack.depth, 2);
        Nav.crisisRequested(); // a second tap does not stack another page
        compare(stack.depth, 2);
        window.goBack();
        compare(stack.depth, 1);
        compare(Session.state, Session.Locked);
    }
}
