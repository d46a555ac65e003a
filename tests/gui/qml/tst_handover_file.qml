import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// A hand-over file brought in on the patient's phone (docs/CLINICAL_SAFETY.md, H18): once the
// file is opened with its code, the phone says whom it is for, in the therapist's label, before
// anything is saved; "That's not me" leaves with nothing saved; a file for another patient is
// refused before any label is shown.
TestCase {
    id: tc
    name: "HandoverFile"
    width: 412
    height: 915
    visible: true
    when: windowShown

    readonly property string passphrase: "correct horse battery"

    Component {
        id: filePage
        HandoverFilePage {}
    }

    function phonePage() {
        verify(TestDriver.lockedProfile(tc.passphrase, "patient"));
        Session.unlock(tc.passphrase);
        tryCompare(Session, "state", Session.Unlocked, 10000);
        const page = createTemporaryObject(filePage, tc);
        page.width = tc.width;
        page.height = tc.height;
        waitForRendering(page);
        return page;
    }

    // Scrolls the page to `item`, as a person would, and taps it.
    function tap(page, item) {
        verify(item !== null && item.visible);
        waitForRendering(page);
        const flick = page.flickable;
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(0, Math.min(y - 50, flick.contentHeight - flick.height));
        waitForRendering(page);
        mouseClick(item);
    }

    // Opens `file` ({path, code}) as a person would: the path, the code, "Open the file".
    function open(page, file) {
        verify(file.code !== undefined, "the tablet made no file");
        findChild(page, "handoverOpenInput").text = file.path;
        findChild(page, "handoverCodeField").text = file.code;
        const button = findChild(page, "importHandoverFile");
        tryVerify(() => button.enabled);
        tap(page, button);
        tryCompare(HandoverFiles, "busy", false, 20000);
    }

    function cleanup() {
        HandoverFiles.clearPending();
    }

    function test_namesWhomTheFileIsForBeforeSaving() {
        const page = phonePage();
        const before = TestDriver.recordCount();
        open(page, TestDriver.makeHandoverFileFor("A.K."));
        const who = findChild(page, "handoverWhoCheck");
        tryVerify(() => who.visible, 5000);
        compare(findChild(who, "whoCheckLabel").text, "This file is for: A.K.");
        TestDriver.screenshot(page, "handover-file-who");
        // The code and the button are gone until the person answers; nothing is saved yet.
        verify(!findChild(page, "importHandoverFile").visible);
        compare(TestDriver.recordCount(), before);
        compare(TestDriver.setting("handover.pair"), "");

        tap(page, findChild(who, "thatsMe"));
        const message = findChild(page, "handoverImportMessage");
        tryVerify(() => message.text.startsWith("Added "), 5000);
        verify(!who.visible);
        verify(TestDriver.recordCount() > before);
        verify(TestDriver.setting("handover.pair") !== "");
    }

    function test_notMeLeavesWithNothingSaved() {
        const page = phonePage();
        const before = TestDriver.recordCount();
        open(page, TestDriver.makeHandoverFileFor("J.T."));
        const who = findChild(page, "handoverWhoCheck");
        tryVerify(() => who.visible, 5000);
        compare(findChild(who, "whoCheckLabel").text, "This file is for: J.T.");
        tap(page, findChild(who, "notMe"));
        const message = findChild(page, "handoverImportMessage");
        tryVerify(() => message.text.startsWith("Nothing was brought in."), 5000);
        verify(!who.visible);
        verify(!HandoverFiles.awaitingConfirmation);
        compare(findChild(page, "handoverCodeField").text, "");
        compare(TestDriver.recordCount(), before);
        compare(TestDriver.setting("handover.pair"), "");
    }

    // Once a file is in, one made for another patient is refused outright: no label to
    // confirm, nothing saved.
    function test_fileForAnotherPatientIsRefused() {
        const page = phonePage();
        open(page, TestDriver.makeHandoverFileFor("A.K."));
        const who = findChild(page, "handoverWhoCheck");
        tryVerify(() => who.visible, 5000);
        tap(page, findChild(who, "thatsMe"));
        tryVerify(() => !HandoverFiles.awaitingConfirmation, 5000);
        const before = TestDriver.recordCount();

        open(page, TestDriver.makeHandoverFileFor("R.M."));
        const message = findChild(page, "handoverImportMessage");
        tryVerify(() => message.text.startsWith("This file was made for someone else's app."), 5000);
        verify(!HandoverFiles.awaitingConfirmation);
        verify(!who.visible);
        compare(TestDriver.recordCount(), before);
    }

    // On the tablet, a file from a phone that names no patient yet goes into the record of the
    // patient whose page it was opened from: that patient's label is confirmed first.
    function test_tabletNamesThePatientTheFileGoesInto() {
        verify(TestDriver.lockedProfile("therapist passphrase", "therapist"));
        Session.unlock("therapist passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("therapist"));
        Caseload.refresh();
        let id = "";
        tryVerify(() => {
            const rows = Caseload.patients;
            for (let i = 0; i < rows.count; ++i)
                if (rows.get(i).label === "A.K.")
                    id = rows.get(i).patientId;
            return id !== "";
        }, 10000);
        const page = createTemporaryObject(filePage, tc, { patientId: id });
        page.width = tc.width;
        page.height = tc.height;
        waitForRendering(page);
        const before = TestDriver.recordCount();
        open(page, TestDriver.makeHandoverFileFromAPhone());
        const who = findChild(page, "handoverWhoCheck");
        tryVerify(() => who.visible, 5000);
        compare(findChild(who, "whoCheckLabel").text, "This file goes into the record of: A.K.");
        compare(findChild(who, "thatsMe").text, "Yes, bring it in");
        tap(page, findChild(who, "notMe"));
        const message = findChild(page, "handoverImportMessage");
        tryCompare(message, "text", "Nothing was brought in.", 5000);
        verify(!HandoverFiles.awaitingConfirmation);
        compare(TestDriver.recordCount(), before);
    }

    // Locking forgets an opened file: bringing it in needs the code again.
    function test_lockingForgetsTheOpenedFile() {
        const page = phonePage();
        open(page, TestDriver.makeHandoverFileFor("A.K."));
        tryVerify(() => HandoverFiles.awaitingConfirmation, 5000);
        Session.lock();
        tryCompare(Session, "state", Session.Locked, 5000);
        verify(!HandoverFiles.awaitingConfirmation);
        compare(HandoverFiles.pendingLabel, "");
    }
}
