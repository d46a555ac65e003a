import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
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

    // docs/CLINICAL_SAFETY.md: UK defaults 999, NHS 111, Samaritans 116 123, Shout text 85258; each a
    // row saying what the tap does, Shout's with the word to send.
    function test_listsTheServiceContacts() {
        const page = createTemporaryObject(crisis, tc);
        const expected = ["Call 999", "Call 111", "Call 116 123", "Text SHOUT to 85258"];
        for (let i = 0; i < expected.length; ++i) {
            const row = findChild(page, "crisisContact_" + i);
            verify(row !== null, "contact " + i);
            compare(row.actionLabel, expected[i]);
            verify(row.height >= 48);
        }
        verify(findChild(page, "crisisContact_4") === null);
    }

    // Calm safety: only the emergency number is in alarm red; the others are in the normal ink.
    // With no service file there is no service or therapist row: never invented.
    function test_onlyTheEmergencyNumberIsRed() {
        const page = createTemporaryObject(crisis, tc);
        for (let i = 0; i < 4; ++i) {
            const row = findChild(page, "crisisContact_" + i);
            compare(row.background.color === Theme.crisis, i === 0, "row " + i);
            verify(row.kind !== "service" && row.kind !== "therapist");
        }
        compare(findChild(page, "crisisContact_0").kind, "emergency");
    }

    // Every action on the first screen of a phone, before any scrolling, also at 200% text
    // (this file runs again as qml_tst_crisis_font200).
    function test_everyActionIsOnTheFirstScreen() {
        const page = createTemporaryObject(crisis, tc, { afterRiskAnswer: true });
        waitForRendering(page);
        const scroll = findChild(page, "crisisScroll");
        compare(scroll.flickable.contentY, 0);
        for (let i = 0; i < 4; ++i) {
            const row = findChild(page, "crisisContact_" + i);
            const bottom = row.mapToItem(scroll, 0, row.height).y;
            verify(bottom <= scroll.height, "row " + i + " ends at " + bottom + " of " + scroll.height
                   + " (font " + Theme.fontBody + " px)");
        }
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
