import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// In-room hand-over (docs/THERAPIST.md): a therapist's tablet handed to a patient shows that patient's
// form and nothing else. Every way out a person could try (keys, the system back, header
// buttons, the rail or bottom bar, opening pages by key, crisis support and back, locking,
// quick unlock, a restart) leaves it locked to the form; only the therapist's passphrase
// returns it.
TestCase {
    id: tc
    name: "HandoverLock"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    readonly property string passphrase: "therapist passphrase"

    Component {
        id: main
        Main {}
    }

    function patientId(label) {
        const rows = Caseload.patients;
        for (let i = 0; i < rows.count; ++i) {
            const row = rows.get(i);
            if (row.label === label)
                return row.patientId;
        }
        return "";
    }

    function handedOver(confirmWho) {
        verify(TestDriver.lockedProfile(tc.passphrase, "therapist"));
        Session.unlock(tc.passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("therapist"));
        Caseload.refresh();
        tryVerify(() => tc.patientId("A.K.") !== "", 10000);
        const window = createTemporaryObject(main, tc, { width: tc.width, height: tc.height });
        verify(HandToPatient.start(tc.patientId("A.K.")), HandToPatient.errorMessage);
        tryVerify(() => tc.onlyTheForm(window), 5000);
        waitForRendering(window.contentItem);
        if (confirmWho !== false) {
            const me = findChild(window.contentItem, "thatsMe");
            tryVerify(() => me.visible);
            mouseClick(me);
            tryVerify(() => findChild(window.contentItem, "formPage").visible);
        }
        return window;
    }

    // The first screen the patient sees names whose form it is; the questions come after.
    function test_firstScreenNamesThePatient() {
        const window = handedOver(false);
        compare(HandToPatient.patientLabel, "A.K.");
        const label = findChild(window.contentItem, "whoCheckLabel");
        tryVerify(() => label.visible);
        compare(label.text, "This form is for: A.K.");
        verify(!findChild(window.contentItem, "formPage").visible);
    }

    // "That's not me": the tablet goes back to the therapist with nothing saved.
    function test_notMeReturnsWithoutSaving() {
        const window = handedOver(false);
        const before = TestDriver.recordCount("measure-response");
        mouseClick(findChild(window.contentItem, "notMe"));
        const notice = findChild(window.contentItem, "notMeNotice");
        tryVerify(() => notice.visible);
        verify(findChild(window.contentItem, "returnToTherapist").visible);
        verify(!findChild(window.contentItem, "formPage").visible);
        verify(Measures.dueSession > 0);
        compare(MeasuresTestDriver.draftAnswerCount(Measures.dueSession), 0);
        HandToPatient.finish(tc.passphrase);
        tryCompare(HandToPatient, "active", false, 10000);
        compare(TestDriver.recordCount("measure-response"), before);
    }

    // The form for one patient is all there is: no shell, no caseload, no navigation.
    function onlyTheForm(window) {
        const loader = findChild(window.contentItem, "stateLoader");
        return HandToPatient.active && Session.state === Session.Unlocked && loader.item !== null
               && loader.item.objectName === "handOverPage"
               && findChild(window.contentItem, "appShell") === null
               && findChild(window.contentItem, "caseloadPage") === null
               && findChild(window.contentItem, "nav_caseload") === null
               && findChild(window.contentItem, "nav_settings") === null;
    }

    function cleanup() {
        // Leave no tablet handed over for the next test.
        if (HandToPatient.active)
            HandToPatient.finish(tc.passphrase);
        tryCompare(HandToPatient, "busy", false, 10000);
    }

    function test_keysAndSystemBackStayInTheForm() {
        const window = handedOver();
        for (const key of [Qt.Key_Escape, Qt.Key_Back, Qt.Key_Backspace]) {
            for (let i = 0; i < 4; ++i)
                keyClick(key);
            verify(onlyTheForm(window), "key " + key);
        }
        keyClick(Qt.Key_Tab);
        keyClick(Qt.Key_Tab, Qt.ShiftModifier);
        for (let i = 0; i < 6; ++i)
            window.goBack();
        verify(onlyTheForm(window));
    }

    function test_headerHasNoWayBack() {
        const window = handedOver();
        const page = findChild(window.contentItem, "handOverPage");
        const back = findChild(page.header, "backButton");
        verify(back === null || !back.visible);
        // No tab bar or side rail: the shell's destinations are not there at all.
        for (const key of ["caseload", "learn", "settings", "home", "measures"])
            compare(findChild(window.contentItem, "nav_" + key), null);
        // The one button in the footer asks for the therapist's passphrase and nothing more.
        mouseClick(findChild(page, "therapistReturn"));
        verify(page.returning);
        verify(onlyTheForm(window));
        keyClick(Qt.Key_Escape); // closes the therapist's panel, back to the form
        verify(!page.returning);
        verify(onlyTheForm(window));
    }

    function test_pagesByKeyAreRefused() {
        const window = handedOver();
        for (const key of ["caseload", "home", "patient", "patient:R.M.", "patient-add", "settings",
                           "learn", "measures", "letter", "caseload-export", "hand-over",
                           "patient-file", "progress", "form"]) {
            window.showPage(key);
            verify(onlyTheForm(window), key);
        }
        // Whose records are shown is held on this patient.
        verify(HandToPatient.active);
    }

    function test_crisisSupportOpensAndClosesBackToTheForm() {
        const window = handedOver();
        const stack = findChild(window.contentItem, "rootStack");
        const page = findChild(window.contentItem, "handOverPage");
        const crisis = findChild(page.header, "crisisButton");
        verify(crisis !== null && crisis.visible);
        mouseClick(crisis);
        compare(stack.depth, 2);
        keyClick(Qt.Key_Escape);
        compare(stack.depth, 1);
        verify(onlyTheForm(window));
        Nav.crisisRequested();
        compare(stack.depth, 2);
        window.goBack();
        window.goBack();
        compare(stack.depth, 1);
        verify(onlyTheForm(window));
    }

    function test_wrongPassphraseIsRefusedPlainly() {
        const window = handedOver();
        HandToPatient.finish("not the passphrase");
        tryCompare(HandToPatient, "busy", false, 10000);
        verify(HandToPatient.errorMessage.indexOf("not the passphrase") >= 0, HandToPatient.errorMessage);
        verify(onlyTheForm(window));
        // Throttled like the lock screen: after five wrong ones, a wait.
        for (let i = 0; i < 4; ++i) {
            HandToPatient.finish("still not it " + i);
            tryCompare(HandToPatient, "busy", false, 10000);
        }
        tryVerify(() => HandToPatient.lockoutSeconds > 0, 3000);
        HandToPatient.finish(tc.passphrase); // refused during the wait
        tryCompare(HandToPatient, "busy", false, 10000);
        verify(HandToPatient.active);
        verify(onlyTheForm(window));
        TestDriver.advanceClock(600);
        HandToPatient.finish(tc.passphrase);
        tryCompare(HandToPatient, "active", false, 10000);
        tryVerify(() => findChild(window.contentItem, "appShell") !== null, 5000);
    }

    function test_lockAndRestartNeedThePassphrase() {
        const window = handedOver();
        verify(TestDriver.fileExists(TestDriver.profileDir() + "/handed-over"));
        Session.lock();
        tryCompare(Session, "state", Session.Locked, 5000);
        verify(Session.handedOver);
        verify(!Session.quickUnlockEnabled);
        Session.unlockWithDevice(); // refused: only the passphrase
        compare(Session.state, Session.Locked);
        // As after closing the app and starting it again.
        TestDriver.reopenProfile();
        compare(Session.state, Session.Locked);
        verify(Session.handedOver);
        const lockPage = findChild(window.contentItem, "handedOverNotice");
        verify(lockPage !== null && lockPage.text.length > 0);
        Session.unlock(tc.passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(!Session.handedOver);
        verify(!HandToPatient.active);
        verify(!TestDriver.fileExists(TestDriver.profileDir() + "/handed-over"));
    }

    // A risk answer in the room: crisis support at once, saying the answers are on the
    // therapist's tablet; "Stop for now" keeps the answers and leaves only the hand-back.
    function test_riskAnswerInTheRoomShowsCrisisSupport() {
        const window = handedOver();
        const stack = findChild(window.contentItem, "rootStack");
        const form = Measures.form;
        verify(form !== null);
        while (form.text.indexOf("better off dead") < 0)
            form.next();
        form.choose("LA6569-3"); // Several days
        tryCompare(stack, "depth", 2);
        tryCompare(stack, "busy", false);
        const notice = findChild(stack.currentItem, "crisisRiskNotice");
        verify(notice.text.indexOf("This is your therapist's tablet.") >= 0, notice.text);
        verify(notice.text.indexOf("will see") < 0, notice.text);
        mouseClick(findChild(stack.currentItem, "crisisStop"));
        tryCompare(stack, "depth", 1);
        compare(Measures.form, null);
        verify(onlyTheForm(window));
        // Back with the therapist: the patient's page says the form holds a risk answer.
        HandToPatient.finish(tc.passphrase);
        tryCompare(HandToPatient, "active", false, 10000);
        tryCompare(PatientDashboard, "patientId", tc.patientId("A.K."), 5000);
        verify(PatientDashboard.formText.indexOf("holds a risk answer") >= 0, PatientDashboard.formText);
    }

    function test_answersLandInThatPatientsRecord() {
        const window = handedOver();
        const ak = tc.patientId("A.K.");
        const before = TestDriver.recordCount("measure-response");
        const form = Measures.form;
        verify(form !== null);
        while (!form.reviewing) {
            if (!form.isText && form.selected === "")
                form.chooseIndex(0);
            form.next();
        }
        verify(form.submit());
        verify(form.submitted);
        verify(TestDriver.recordCount("measure-response") > before);
        verify(onlyTheForm(window)); // still handed over after submitting
        HandToPatient.finish(tc.passphrase);
        tryCompare(HandToPatient, "active", false, 10000);
        // Back on A.K.'s page, whose latest form is now this session's.
        tryCompare(PatientDashboard, "patientId", ak, 5000);
        tryCompare(PatientDashboard, "latestLabel", "Session 7", 5000);
        // Its date is shown, and it is not older than the form window it belongs to.
        verify(/^Session 7: from \w+, \d+ \w+\. /.test(PatientDashboard.scoresAge),
               PatientDashboard.scoresAge);
    }
}
