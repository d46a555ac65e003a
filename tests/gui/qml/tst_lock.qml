import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// The lock screen: right and wrong passphrases, growing waits, damage, quick unlock.
TestCase {
    id: tc
    name: "Lock"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: lock
        LockPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: damaged
        DamagedPage {
            width: tc.width
            height: tc.height
        }
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        TestDriver.setKeystoreAvailable(true);
        TestDriver.setKeystoreSilent(false);
        compare(Session.state, Session.Locked);
    }

    function attempt(page, passphrase) {
        findChild(page, "unlockPassphrase").text = passphrase;
        mouseClick(findChild(page, "unlockButton"));
        tryCompare(Session, "busy", false, 10000);
    }

    function test_wrongPassphraseIsRefusedPlainly() {
        const page = createTemporaryObject(lock, tc);
        attempt(page, "not my passphrase");
        compare(Session.state, Session.Locked);
        verify(findChild(page, "unlockError").text.indexOf("not right") >= 0);
        compare(findChild(page, "unlockPassphrase").text, "");
        verify(!TestDriver.storeOpen);
    }

    // Typed with the keyboard and submitted with Return, as a person would.
    function test_rightPassphraseByKeyboardUnlocks() {
        const page = createTemporaryObject(lock, tc);
        const field = findChild(page, "unlockPassphrase").input;
        field.forceActiveFocus();
        for (const c of "correct horse battery")
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.storeOpen);
    }

    function test_repeatedFailuresMakeYouWait() {
        const page = createTemporaryObject(lock, tc);
        for (let i = 0; i < 5; ++i)
            attempt(page, "wrong passphrase " + i);
        compare(Session.lockoutSeconds, 30);
        const button = findChild(page, "unlockButton");
        verify(!button.enabled);
        verify(findChild(page, "unlockError").text.indexOf("30") >= 0);
        TestDriver.advanceClock(31);
        tryCompare(Session, "lockoutSeconds", 0, 3000);
        verify(button.enabled);
        // The wait replaced the last "not right", which does not come back after it.
        compare(findChild(page, "unlockError").text, "");
        attempt(page, "wrong passphrase again"); // says its own (not right, or a new wait)
        verify(findChild(page, "unlockError").text.length > 0);
        TestDriver.advanceClock(600);
        tryCompare(Session, "lockoutSeconds", 0, 3000);
        attempt(page, "correct horse battery");
        compare(Session.state, Session.Unlocked);
    }

    // Deleting the record of wrong passphrases is no fresh start: the full wait, said plainly
    // (docs/SECURITY.md).
    function test_aDeletedRecordOfAttemptsWaitsAndSaysWhy() {
        const page = createTemporaryObject(lock, tc);
        for (let i = 0; i < 5; ++i)
            attempt(page, "wrong passphrase " + i);
        compare(Session.lockoutSeconds, 30);
        verify(!Session.lockoutRecordLost);
        verify(TestDriver.removeAttemptRecord());
        tryCompare(Session, "lockoutSeconds", 300, 3000);
        verify(Session.lockoutRecordLost);
        const text = findChild(page, "unlockError").text;
        verify(text.indexOf("The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits 5 minutes before the next try.") === 0, text);
        verify(text.indexOf("300") > 0, text);
        verify(!findChild(page, "unlockButton").enabled);
        TestDriver.advanceClock(300);
        tryCompare(Session, "lockoutSeconds", 0, 3000);
        verify(!Session.lockoutRecordLost);
        attempt(page, "correct horse battery");
        compare(Session.state, Session.Unlocked);
    }

    // A copy of the count taken after the first wrong passphrase, put back after the fifth:
    // the keystore's copy of the count tells it, and the page says why it waits.
    function test_anAttemptRecordPutBackWaitsAndSaysWhy() {
        const page = createTemporaryObject(lock, tc);
        attempt(page, "wrong passphrase 0");
        verify(TestDriver.keystoreHasAttemptCopy());
        verify(TestDriver.copyAttemptRecord());
        for (let i = 1; i < 5; ++i)
            attempt(page, "wrong passphrase " + i);
        compare(Session.lockoutSeconds, 30);
        verify(TestDriver.putBackAttemptRecord());
        tryCompare(Session, "lockoutSeconds", 300, 3000);
        verify(Session.lockoutRecordLost);
        const text = findChild(page, "unlockError").text;
        verify(text.indexOf("put back from an earlier copy") > 0, text);
        verify(!findChild(page, "unlockButton").enabled);
        TestDriver.advanceClock(300);
        tryCompare(Session, "lockoutSeconds", 0, 3000);
        attempt(page, "correct horse battery");
        compare(Session.state, Session.Unlocked);
    }

    // A keyring that never answers (stuck, or waiting on its own prompt) does not keep the
    // person at the lock screen: the try is judged after a short wait, as without a keystore.
    function test_aKeyringThatNeverAnswersDoesNotHoldTheUnlock() {
        const page = createTemporaryObject(lock, tc);
        TestDriver.setKeystoreSilent(true);
        Session.unlock("correct horse battery");
        verify(Session.busy);
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_lockClosesTheStore() {
        const page = createTemporaryObject(lock, tc);
        attempt(page, "correct horse battery");
        compare(Session.state, Session.Unlocked);
        Session.lock();
        compare(Session.state, Session.Locked);
        verify(!TestDriver.storeOpen);
    }

    function test_hidingTheWindowLocks() {
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        Session.windowHidden();
        compare(Session.state, Session.Locked);
    }

    function test_damagedKeyFileIsExplainedNotReplaced() {
        TestDriver.damageKeyFile();
        compare(Session.state, Session.Damaged);
        verify(Session.problem.indexOf("damaged") >= 0);
        const page = createTemporaryObject(damaged, tc);
        compare(findChild(page, "damagedProblem").text, Session.problem);
    }

    function test_quickUnlockWithThisDevice() {
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(Session.quickUnlockAvailable);
        Session.setQuickUnlockEnabled(true);
        verify(Session.quickUnlockEnabled);
        verify(TestDriver.keystoreHasEntries());
        Session.lock();
        const page = createTemporaryObject(lock, tc);
        const button = findChild(page, "unlockWithDevice");
        verify(button.visible);
        mouseClick(button);
        tryCompare(Session, "state", Session.Unlocked, 5000);
        Session.setQuickUnlockEnabled(false);
        verify(!Session.quickUnlockEnabled);
        verify(!TestDriver.keystoreHasEntries());
    }
}
