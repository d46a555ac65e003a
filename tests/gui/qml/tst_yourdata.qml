import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Your data: a backup from Settings, restoring it on a fresh install (the welcome page) and
// into an existing profile, the damaged page's way out, and the two-step delete.
TestCase {
    id: tc
    name: "YourData"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: backupPage
        BackupPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: restorePage
        RestorePage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: welcomePage
        WelcomePage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: deletePage
        DeleteEverythingPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: damagedPage
        DamagedPage {
            width: tc.width
            height: tc.height
        }
    }
    // As Main.qml does: the app shell only while unlocked, so deleting everything destroys
    // the page whose button started it.
    Component {
        id: stateLoader
        Loader {
            width: tc.width
            height: tc.height
            sourceComponent: Session.state === Session.Unlocked ? shellComponent : welcomePage
        }
    }
    Component {
        id: shellComponent
        AppShell {}
    }
    SignalSpy {
        id: backupDone
        target: YourData
        signalName: "backupFinished"
    }
    SignalSpy {
        id: restoreDone
        target: YourData
        signalName: "restoreFinished"
    }

    function init() {
        backupDone.clear();
        restoreDone.clear();
    }

    // Clicks a control once the layout has placed it (a step change re-lays the page out).
    function click(page, name) {
        const control = findChild(page, name);
        verify(control !== null, name);
        tryVerify(() => control.visible && control.height > 0, 2000, name + " is not shown");
        waitForRendering(page);
        mouseClick(control);
    }

    function unlockedProfile() {
        verify(TestDriver.lockedProfile("first passphrase"));
        Session.unlock("first passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function makeBackup(file, current, first, second) {
        const page = createTemporaryObject(backupPage, tc);
        findChild(page, "backupFile").text = file;
        findChild(page, "backupCurrentPassphrase").text = current;
        findChild(page, "backupPassphrase").text = first;
        findChild(page, "backupPassphraseRepeat").text = second;
        click(page, "createBackup");
        backupDone.wait(10000);
        return page;
    }

    // Every control a person can reach is named for screen readers and big enough to tap.
    function checkControls(page, names) {
        for (const name of names) {
            const control = findChild(page, name);
            verify(control !== null, name);
            if (!control.visible)
                continue;
            verify(control.height >= 48, name + " is " + control.height + " px tall");
            verify(control.Accessible.name.length > 0, name + " has no accessible name");
        }
    }

    function test_backupThenRestoreOnAFreshInstall() {
        unlockedProfile();
        compare(TestDriver.addSampleContent("kept safe"), 8);
        const file = TestDriver.outsidePath("fresh-install.ditbackup");
        const page = makeBackup(file, "first passphrase", "backup passphrase", "backup passphrase");
        compare(backupDone.signalArguments[0][0], true, backupDone.signalArguments[0][1]);
        verify(findChild(page, "backupResult").text.indexOf("8 records") >= 0);
        verify(TestDriver.fileExists(file));
        compare(findChild(page, "backupPassphrase").text, "");
        TestDriver.screenshot(page, "backup-done");

        // A new phone: nothing here yet.
        TestDriver.freshProfile();
        compare(Session.state, Session.Welcome);
        const welcome = createTemporaryObject(welcomePage, tc);
        click(welcome, "welcomeRestore");
        compare(welcome.step, 2);
        findChild(welcome, "restoreFile").text = file;
        findChild(welcome, "restoreBackupPassphrase").text = "backup passphrase";
        findChild(welcome, "restoreNewPassphrase").text = "a new passphrase";
        findChild(welcome, "restoreNewPassphraseRepeat").text = "a new passphrase";
        TestDriver.screenshot(welcome, "welcome-restore");
        click(welcome, "restoreBackup");
        restoreDone.wait(10000);
        compare(restoreDone.signalArguments[0][0], true, restoreDone.signalArguments[0][1]);
        tryCompare(Session, "state", Session.Unlocked, 5000);
        compare(TestDriver.recordCount(), 8);
        Session.lock();
        Session.unlock("a new passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    // Where the backup goes, in plain words and in full (the folder, then the file name), not
    // an elided path; after a backup to a folder of the person's choosing, it says where it
    // was saved and the next backup goes to that folder too (also on the page opened later).
    function test_backupPlaceInPlainWordsAndKept() {
        unlockedProfile();
        let page = createTemporaryObject(backupPage, tc);
        const where = findChild(page, "backupFileWhere");
        verify(where.visible);
        compare(where.wrapMode, Text.Wrap);
        const today = /^Documents, as dit-companion-backup-\d{4}-\d\d-\d\d\.ditbackup$/;
        verify(today.test(where.text), where.text);
        // The path box opens on request, for a place typed by hand.
        verify(!findChild(page, "backupFileInput").visible);
        click(page, "backupFileType");
        verify(findChild(page, "backupFileInput").visible);
        page.destroy();

        const file = TestDriver.outsidePath("my-backup.ditbackup"); // not in Documents
        const folder = file.substring(0, file.lastIndexOf("/"));
        page = makeBackup(file, "first passphrase", "backup passphrase", "backup passphrase");
        compare(backupDone.signalArguments[0][0], true, backupDone.signalArguments[0][1]);
        verify(TestDriver.fileExists(file));
        const said = findChild(page, "backupResult").text;
        verify(said.indexOf("saved in " + folder + ", as my-backup.ditbackup.") >= 0, said);
        const next = findChild(page, "backupFile").text;
        compare(next.substring(0, next.lastIndexOf("/")), folder);
        verify(/dit-companion-backup-[0-9-]+\.ditbackup$/.test(next), next);
        page.destroy();
        page = createTemporaryObject(backupPage, tc);
        compare(findChild(page, "backupFile").text, next);
        verify(findChild(page, "backupFileWhere").text.indexOf(folder + ", as dit-companion-backup-") === 0);
    }

    function test_backupAsksForTheAppPassphraseAgain() {
        unlockedProfile();
        const file = TestDriver.outsidePath("not-made.ditbackup");
        const page = makeBackup(file, "someone else", "backup passphrase", "backup passphrase");
        compare(backupDone.signalArguments[0][0], false);
        verify(findChild(page, "backupResult").text.indexOf("not right") >= 0);
        verify(!TestDriver.fileExists(file));
    }

    function test_backupPassphrasesMustMatch() {
        unlockedProfile();
        const file = TestDriver.outsidePath("mismatch.ditbackup");
        const page = makeBackup(file, "first passphrase", "backup passphrase", "backup passphrasf");
        compare(backupDone.signalArguments[0][0], false);
        verify(findChild(page, "backupResult").text.length > 0);
        verify(!TestDriver.fileExists(file));
    }

    function test_wrongBackupPassphraseChangesNothing() {
        unlockedProfile();
        const file = TestDriver.outsidePath("wrong.ditbackup");
        makeBackup(file, "first passphrase", "backup passphrase", "backup passphrase");
        compare(backupDone.signalArguments[0][0], true);
        TestDriver.freshProfile();
        const welcome = createTemporaryObject(welcomePage, tc);
        click(welcome, "welcomeRestore");
        findChild(welcome, "restoreFile").text = file;
        findChild(welcome, "restoreBackupPassphrase").text = "not the one";
        findChild(welcome, "restoreNewPassphrase").text = "a new passphrase";
        findChild(welcome, "restoreNewPassphraseRepeat").text = "a new passphrase";
        click(welcome, "restoreBackup");
        restoreDone.wait(10000);
        compare(restoreDone.signalArguments[0][0], false);
        verify(findChild(welcome, "restoreResult").text.indexOf("not the passphrase") >= 0);
        compare(Session.state, Session.Welcome);
        verify(!TestDriver.profileFolderExists()); // no partial profile left behind
    }

    // Another person's backup is refused, in plain words, and nothing is added (the page offers
    // no way to add it anyway; ditc has --add-other-profile).
    function test_restoreRefusesAnotherProfilesBackup() {
        unlockedProfile();
        TestDriver.addSampleContent("first phone");
        const file = TestDriver.outsidePath("merge.ditbackup");
        makeBackup(file, "first passphrase", "backup passphrase", "backup passphrase");
        unlockedProfile(); // a different, empty profile
        compare(TestDriver.recordCount(), 0);
        const page = createTemporaryObject(restorePage, tc);
        verify(!findChild(page, "restoreNewPassphrase").visible);
        findChild(page, "restoreFile").text = file;
        findChild(page, "restoreBackupPassphrase").text = "backup passphrase";
        click(page, "restoreBackup");
        restoreDone.wait(10000);
        compare(restoreDone.signalArguments[0][0], false);
        compare(TestDriver.recordCount(), 0);
        verify(findChild(page, "restoreResult").text.indexOf("from a different profile") >= 0);
    }

    function test_deleteEverythingTakesTwoSteps() {
        unlockedProfile();
        TestDriver.addSampleContent("to delete");
        Session.setQuickUnlockEnabled(true);
        compare(TestDriver.quickUnlockKeyCount(), 1);
        const page = createTemporaryObject(deletePage, tc);
        checkControls(page, ["deleteBackUpFirst", "deleteUnderstood", "deleteContinue"]);
        const next = findChild(page, "deleteContinue");
        verify(!next.enabled);
        click(page, "deleteUnderstood");
        verify(next.enabled);
        click(page, "deleteContinue");
        compare(page.step, 1);
        checkControls(page, ["deleteKeep", "deleteNow"]);
        TestDriver.screenshot(page, "delete-step-two");
        // "Keep my data" changes nothing.
        click(page, "deleteKeep");
        compare(page.step, 0);
        verify(TestDriver.storeOpen);
        compare(TestDriver.recordCount(), 8);

        click(page, "deleteUnderstood");
        click(page, "deleteContinue");
        click(page, "deleteNow");
        compare(Session.state, Session.Welcome);
        verify(!TestDriver.storeOpen);
        verify(!TestDriver.profileFolderExists());
        compare(TestDriver.quickUnlockKeyCount(), 0);
    }

    function test_deleteEverythingFromSettingsInTheRealShell() {
        unlockedProfile();
        TestDriver.addSampleContent("to delete");
        const loader = createTemporaryObject(stateLoader, tc);
        const shell = loader.item;
        shell.show("settings");
        const settings = findChild(shell, "settingsPage");
        const flick = settings.flickable;
        flick.contentY = Math.max(0, flick.contentHeight - flick.height); // Your data is below
        click(shell, "openDeleteEverything");
        tryVerify(() => findChild(shell, "deleteEverythingPage") !== null);
        tryVerify(() => !shell.currentStack.busy); // the push has finished moving
        const page = findChild(shell, "deleteEverythingPage");
        click(page, "deleteUnderstood");
        click(page, "deleteContinue");
        click(page, "deleteNow");
        compare(Session.state, Session.Welcome);
        tryVerify(() => loader.item && loader.item.objectName === "welcomePage");
        verify(!TestDriver.profileFolderExists());
    }

    function test_damagedPageSetsFilesAsideThenRestores() {
        unlockedProfile();
        TestDriver.addSampleContent("before the damage");
        const file = TestDriver.outsidePath("for-damage.ditbackup");
        makeBackup(file, "first passphrase", "backup passphrase", "backup passphrase");
        TestDriver.damageStore();
        Session.unlock("first passphrase");
        tryCompare(Session, "state", Session.Damaged, 10000);
        const damaged = createTemporaryObject(damagedPage, tc);
        checkControls(damaged, ["setAsideAndRestore"]);
        TestDriver.screenshot(damaged, "damaged");
        click(damaged, "setAsideAndRestore");
        compare(Session.state, Session.Welcome);
        verify(YourData.setAsideFolder.length > 0);
        verify(TestDriver.fileExists(YourData.setAsideFolder + "/store.db")); // kept, not deleted

        const welcome = createTemporaryObject(welcomePage, tc);
        compare(welcome.step, 2); // straight to restoring
        verify(findChild(welcome, "setAsideNotice").text.indexOf(YourData.setAsideFolder) >= 0);
        findChild(welcome, "restoreFile").text = file;
        findChild(welcome, "restoreBackupPassphrase").text = "backup passphrase";
        findChild(welcome, "restoreNewPassphrase").text = "a new passphrase";
        findChild(welcome, "restoreNewPassphraseRepeat").text = "a new passphrase";
        click(welcome, "restoreBackup");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(TestDriver.recordCount(), 8);
        compare(YourData.setAsideFolder, "");
    }

    function test_controlsAreNamedAndBigEnough() {
        unlockedProfile();
        const backup = createTemporaryObject(backupPage, tc);
        checkControls(backup, ["backupFileInput", "backupFileChoose", "createBackup"]);
        TestDriver.screenshot(backup, "backup");
        const restore = createTemporaryObject(restorePage, tc);
        checkControls(restore, ["restoreFileInput", "restoreFileChoose", "restoreBackup"]);
        TestDriver.freshProfile();
        const welcome = createTemporaryObject(welcomePage, tc);
        checkControls(welcome, ["welcomeContinue", "welcomeRestore"]);
    }
}
