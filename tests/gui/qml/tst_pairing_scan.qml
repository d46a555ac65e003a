import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Scanning the therapist's pairing code on "Pair with my therapist" (docs/SYNC.md), with the
// harness's fake camera: the pictures it is shown go through the real frame scanner and
// decoder. A scanned code leads to the same four words as the same code typed; a code that
// is not a pairing code is refused with the parser's words; Cancel, leaving the page and a
// found code turn the camera off; without a camera, or with one that cannot be used, the
// page says so calmly and offers typing.
TestCase {
    id: tc
    name: "PairingScan"
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

    function init() {
        ScanTestDriver.setCamera(false);
    }

    function open(size) {
        verify(TestDriver.lockedProfile("patient passphrase", "patient"));
        Session.unlock("patient passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        const window = createTemporaryObject(main, tc, { width: size[0], height: size[1] });
        window.showPage("sync-pair");
        waitForRendering(window.contentItem);
        wait(Theme.motionMs + 50);
        verify(findChild(window.contentItem, "pairWithTherapistPage") !== null);
        return window;
    }

    function child(window, name) {
        return findChild(window.contentItem, name);
    }

    function problems(window, label) {
        return TestDriver.accessibilityProblems(window.contentItem.parent).map(p => label + ": " + p);
    }

    function startScan(window) {
        const scan = child(window, "scanPairingCode");
        tryVerify(() => scan.visible && scan.activeFocus, 5000);
        keyClick(Qt.Key_Space);
        tryVerify(() => ScanTestDriver.cameraOn(), 5000);
        const cancel = child(window, "cancelScan");
        verify(cancel !== null && cancel.visible);
        tryVerify(() => cancel.activeFocus, 5000);
        verify(!child(window, "pairingCodeField").visible);
        return cancel;
    }

    function test_withoutACameraThePageSaysSoAndOffersTyping() {
        const window = open([412, 915]);
        const note = child(window, "noCameraNote");
        verify(note.visible);
        compare(note.text, "No camera was found on this device. You can type the code instead.");
        verify(!child(window, "scanPairingCode").visible);
        const startsBefore = ScanTestDriver.starts();
        const field = child(window, "pairingCodeField");
        tryVerify(() => field.activeFocus, 5000);
        const code = ScanTestDriver.newPairingCode();
        for (const c of ScanTestDriver.typedForm(code))
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryVerify(() => SyncPairing.phrase.length > 0, 5000);
        verify(child(window, "confirmPairing").visible);
        compare(ScanTestDriver.starts(), startsBefore); // the camera was never turned on
        const found = problems(window, "no camera");
        verify(found.length === 0, found.join("\n"));
    }

    function test_aScannedCodeShowsTheSameWordsAsTyped() {
        ScanTestDriver.setCamera(true);
        const window = open([412, 915]);
        verify(!child(window, "noCameraNote").visible);
        TestDriver.screenshot(window.contentItem, "pair-with-camera");
        wait(200); // the picture is taken after this frame
        startScan(window);
        const named = problems(window, "scanning 412");
        verify(named.length === 0, named.join("\n"));
        TestDriver.screenshot(window.contentItem, "pair-scanning");

        const code = ScanTestDriver.newPairingCode();
        verify(ScanTestDriver.showCode(code));
        TestDriver.screenshot(window.contentItem, "pair-code-in-view"); // if not read yet
        tryVerify(() => SyncPairing.phrase.length > 0, 10000);
        const scannedPhrase = SyncPairing.phrase;
        compare(scannedPhrase.split(" ").length, 4);
        verify(!ScanTestDriver.cameraOn()); // off as soon as the code was read
        tryVerify(() => !child(window, "cancelScan"), 5000); // the viewfinder is gone
        const confirm = child(window, "confirmPairing");
        verify(confirm.visible);
        tryVerify(() => confirm.activeFocus, 5000);
        compare(child(window, "pairingPhrase").text, scannedPhrase);
        TestDriver.screenshot(window.contentItem, "pair-scanned");

        // The same code typed gives the same words.
        const differ = child(window, "wordsDiffer");
        differ.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryVerify(() => SyncPairing.phrase.length === 0, 5000);
        const field = child(window, "pairingCodeField");
        field.forceActiveFocus();
        for (const c of ScanTestDriver.typedForm(code))
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryVerify(() => SyncPairing.phrase.length > 0, 5000);
        compare(SyncPairing.phrase, scannedPhrase);
    }

    function test_aCodeThatIsNotAPairingCodeIsRefused() {
        ScanTestDriver.setCamera(true);
        const window = open([412, 915]);
        startScan(window);
        verify(ScanTestDriver.showCode("https://example.org/menu?table=4"));
        const problem = child(window, "pairingCodeProblem");
        tryVerify(() => problem.visible, 10000);
        compare(problem.text, "This is not a DIT Companion pairing code.");
        compare(SyncPairing.phrase, "");
        verify(!ScanTestDriver.cameraOn());
        verify(!child(window, "confirmPairing").visible);
        // Scanning again is one key away.
        const scan = child(window, "scanPairingCode");
        tryVerify(() => scan.visible && scan.activeFocus, 5000);
    }

    function test_cancelAndLeavingTurnTheCameraOff() {
        ScanTestDriver.setCamera(true);
        const window = open([1280, 800]);
        startScan(window);
        const named = problems(window, "scanning 1280");
        verify(named.length === 0, named.join("\n"));
        keyClick(Qt.Key_Space); // Cancel has the focus
        tryVerify(() => !ScanTestDriver.cameraOn(), 5000);
        const scan = child(window, "scanPairingCode");
        tryVerify(() => scan.visible && scan.activeFocus, 5000);
        verify(!child(window, "cancelScan"));
        // A code shown after Cancel is not read.
        verify(!ScanTestDriver.showCode(ScanTestDriver.newPairingCode()));
        compare(SyncPairing.phrase, "");

        const cancel = startScan(window);
        waitForRendering(window.contentItem);
        mouseClick(cancel);
        tryVerify(() => !ScanTestDriver.cameraOn(), 5000);

        // The camera turned off from elsewhere (the app left the foreground): the view closes.
        startScan(window);
        QrScanner.stop();
        tryVerify(() => !child(window, "cancelScan"), 5000);
        tryVerify(() => scan.visible && scan.activeFocus, 5000);

        startScan(window);
        keyClick(Qt.Key_Escape); // Back: leaves the page while the camera is on
        tryVerify(() => !findChild(window.contentItem, "pairWithTherapistPage"), 5000);
        verify(!ScanTestDriver.cameraOn());
    }

    function test_aCameraThatCannotBeUsed() {
        ScanTestDriver.setCamera(true, true);
        const window = open([412, 915]);
        const scan = child(window, "scanPairingCode");
        tryVerify(() => scan.visible && scan.activeFocus, 5000);
        keyClick(Qt.Key_Space);
        const note = child(window, "noCameraNote");
        tryVerify(() => note.visible, 5000);
        verify(note.text.indexOf("You can type the code instead.") > 0, note.text);
        verify(note.text.indexOf("could not be used") > 0, note.text);
        verify(!ScanTestDriver.cameraOn());
        verify(!scan.visible);
        verify(!child(window, "cancelScan"));
        tryVerify(() => child(window, "pairingCodeField").activeFocus, 5000);
    }
}
