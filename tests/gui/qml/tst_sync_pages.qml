import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The pairing pages (docs/SYNC.md) in the real window: every control named and large enough on
// the therapist's "Pair device" and the patient's "Pair with my therapist", at both sizes;
// both work by keyboard; without a pair the sync card is one line and one button; a short
// code without the service's settings asks for the long code. (Pairing itself, short codes
// included, through a real server, is tst_sync_app.)
TestCase {
    id: tc
    name: "SyncPages"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: main
        Main {}
    }

    function initTestCase() {
        TestDriver.setAccessibilityActive(true);
    }

    function open(role, key, size) {
        const passphrase = role + " passphrase";
        verify(TestDriver.lockedProfile(passphrase, role));
        Session.unlock(passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo(role === "therapist" ? "therapist" : "middle"));
        Caseload.refresh();
        const window = createTemporaryObject(main, tc, { width: size[0], height: size[1] });
        window.showPage(key);
        waitForRendering(window.contentItem);
        wait(Theme.motionMs + 50);
        return window;
    }

    function problems(window, label) {
        return TestDriver.accessibilityProblems(window.contentItem.parent).map(p => label + ": " + p);
    }

    function test_namedAtBothSizes() {
        let found = [];
        for (const size of [[412, 915], [1280, 800]]) {
            let window = open("therapist", "patient-pair", size);
            verify(findChild(window.contentItem, "pairDevicePage") !== null);
            found = found.concat(problems(window, "pair device " + size[0]));
            window.destroy();
            window = open("patient", "sync-pair", size);
            verify(findChild(window.contentItem, "pairWithTherapistPage") !== null);
            found = found.concat(problems(window, "pair with therapist " + size[0]));
            window.destroy();
        }
        verify(found.length === 0, found.length + " problems:\n" + found.join("\n"));
    }

    function test_pairDeviceByKeyboard() {
        const window = open("therapist", "patient-pair", [1280, 800]);
        const field = findChild(window.contentItem, "pairSlotField");
        tryVerify(() => field.activeFocus, 5000);
        const make = findChild(window.contentItem, "makePairingCode");
        verify(!make.enabled); // nothing typed yet
        // No admin account is asked for: the tablet takes one pair slot from IT.
        verify(findChild(window.contentItem, "syncAdminName") === null);
        verify(findChild(window.contentItem, "syncAdminPassword") === null);
        for (const c of "DITC-1234")
            keyClick(c);
        verify(make.enabled);
        keyClick(Qt.Key_Return); // not a whole slot: a clear error, no code, nothing kept
        const problem = findChild(window.contentItem, "pairDeviceProblem");
        tryVerify(() => problem.visible && problem.text.length > 0, 5000);
        verify(!SyncPairing.hasCode);
        verify(!SyncStatusView.paired);
        compare(field.text, "DITC-1234"); // left to be corrected
    }

    // The slot as a file: a path typed (or chosen), then "Make the pairing code from this
    // file"; a file that is not there is said plainly and nothing is kept.
    function test_pairSlotFileByKeyboard() {
        const window = open("therapist", "patient-pair", [1280, 800]);
        const input = findChild(window.contentItem, "pairSlotFileInput");
        const use = findChild(window.contentItem, "pairUseSlotFile");
        verify(findChild(window.contentItem, "pairSlotFileChoose").visible);
        verify(!use.enabled); // no file yet
        input.forceActiveFocus();
        for (const c of "/no/such/slot.txt")
            keyClick(c);
        verify(use.enabled);
        use.forceActiveFocus();
        keyClick(Qt.Key_Space);
        const problem = findChild(window.contentItem, "pairDeviceProblem");
        tryVerify(() => problem.visible && problem.text.indexOf("There is no file") >= 0, 5000);
        verify(!SyncPairing.hasCode);
        verify(!SyncStatusView.paired);
        compare(SyncPairing.usedSlotFile, "");
        verify(!findChild(window.contentItem, "pairSlotFileCard").visible);
    }

    function test_pairWithTherapistByKeyboard() {
        const window = open("patient", "sync-pair", [412, 915]);
        const field = findChild(window.contentItem, "pairingCodeField");
        tryVerify(() => field.activeFocus, 5000);
        for (const c of "DITC-1234")
            keyClick(c);
        keyClick(Qt.Key_Return);
        const problem = findChild(window.contentItem, "pairingCodeProblem");
        tryVerify(() => problem.visible && problem.text.length > 0, 5000);
        verify(SyncPairing.phrase.length === 0); // no words for a code that is not whole
        verify(!findChild(window.contentItem, "confirmPairing").visible);
    }

    // The built-in service configuration names no rendezvous: a short code cannot be looked
    // up, and the page says so and asks for the long code (the lookup itself is tst_sync_app).
    function test_shortCodeWithoutTheServiceSettings() {
        const window = open("patient", "sync-pair", [412, 915]);
        verify(!SyncPairing.shortCodesAccepted);
        const field = findChild(window.contentItem, "pairingCodeField");
        tryVerify(() => field.activeFocus, 5000);
        for (const c of "k7m2 9qxd 4tab r")
            keyClick(c);
        keyClick(Qt.Key_Return);
        const problem = findChild(window.contentItem, "pairingCodeProblem");
        tryVerify(() => problem.visible && problem.text.indexOf("long code") >= 0, 5000);
        verify(!SyncPairing.busy);
        verify(SyncPairing.phrase.length === 0);
        verify(!findChild(window.contentItem, "confirmPairing").visible);
        compare(field.text, "k7m2 9qxd 4tab r"); // kept, to be corrected or replaced
    }

    function test_settingsWithoutAPair() {
        const window = open("patient", "settings", [412, 915]);
        const card = findChild(window.contentItem, "syncCard");
        verify(card.visible);
        verify(findChild(card, "openPairing").visible);
        verify(!findChild(card, "unpair").visible);
        verify(!findChild(card, "syncStatusLine").visible);
        const button = findChild(card, "openPairing");
        button.forceActiveFocus(); // far down the page: by keyboard
        keyClick(Qt.Key_Space);
        tryVerify(() => findChild(window.contentItem, "pairWithTherapistPage") !== null, 5000);
    }
}
