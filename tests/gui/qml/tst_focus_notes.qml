import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// My focus and On my mind (docs/COURSE.md): the empty state, writing and refining the focus
// (versions kept), reflections beside it, and notes: add, edit (a new version), to bring,
// search, delete after asking.
TestCase {
    id: tc
    name: "FocusNotes"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: focusStack
        StackView {
            width: tc.width
            height: tc.height
            initialItem: FocusPage {}
        }
    }
    Component {
        id: notesStack
        StackView {
            width: tc.width
            height: tc.height
            initialItem: NotesPage {}
        }
    }

    // Scrolls a page so `item` is on screen (as a person would) and waits for any page
    // transition to end, so a click lands where it should.
    function reveal(item) {
        let page = item;
        while (page && page.flickable === undefined)
            page = page.parent;
        if (page && page.flickable) {
            const f = page.flickable;
            const y = item.mapToItem(f.contentItem, 0, 0).y;
            f.contentY = Math.max(0, Math.min(y - 100, f.contentHeight - f.height));
        }
        return item;
    }
    function settle(stack) {
        tryCompare(stack, "busy", false);
        return stack;
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        TestDriver.setLocalNow("2026-03-27T12:00:00");
        OnMyMind.query = "";
    }

    function typeInto(item, text) {
        item.forceActiveFocus();
        item.text = text;
    }

    function writeFocus(stack, self, feeling, handles) {
        const edit = stack.currentItem;
        compare(edit.objectName, "focusEditPage");
        typeInto(findChild(edit, "focusSelfFieldInput"), self);
        typeInto(findChild(edit, "focusFeelingFieldInput"), feeling);
        typeInto(findChild(edit, "focusHandlesFieldInput"), handles);
        mouseClick(reveal(findChild(edit, "focusSave")));
    }

    function test_emptyFocusExplainsItself() {
        const stack = createTemporaryObject(focusStack, tc);
        const page = stack.currentItem;
        verify(findChild(page, "focusEmpty").visible);
        verify(!findChild(page, "focusPattern").visible);
        compare(MyFocus.summary.indexOf("session 4") > 0, true);
        mouseClick(reveal(findChild(page, "focusReadAbout")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(stack.currentItem.articleId, "your-focus");
    }

    function test_writeAndRefineTheFocus() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00")); // sessions 1-4 have happened
        const stack = createTemporaryObject(focusStack, tc);
        mouseClick(reveal(findChild(stack.currentItem, "focusWrite")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "focusSession").value, 4);
        writeFocus(stack, "second best", "shame", "the leftovers\n\n  waiting in the queue  ");
        tryCompare(stack, "depth", 1);
        settle(stack);
        const page = stack.currentItem;
        verify(findChild(page, "focusPattern").visible);
        compare(findChild(page, "focusSelf").text, "second best");
        compare(MyFocus.handles, ["the leftovers", "waiting in the queue"]);
        compare(findChild(page, "focusHandles").text, "“the leftovers”\n“waiting in the queue”");
        compare(findChild(page, "focusAgreed").text, "Agreed in session 4.");
        verify(!findChild(page, "focusHistory").visible);
        compare(TestDriver.recordCount("focus"), 1);

        // Refined later: a new version; the first is kept.
        TestDriver.setLocalNow("2026-04-28T12:00:00");
        mouseClick(reveal(findChild(page, "focusEdit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "focusSelfFieldInput").text, "second best");
        compare(findChild(stack.currentItem, "focusSession").value, 9);
        writeFocus(stack, "second best, or not there at all", "shame", "the leftovers");
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.recordCount("focus"), 2);
        compare(findChild(page, "focusAgreed").text, "Agreed in session 4, last changed in session 9.");
        verify(findChild(page, "focusHistory").visible);
        mouseClick(reveal(findChild(page, "focusHistory")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        verify(findChild(stack.currentItem, "focusVersion_0") !== null);
        verify(findChild(stack.currentItem, "focusVersion_1") !== null);

        // Saving without a change makes no new version.
        stack.pop();
        settle(stack);
        mouseClick(reveal(findChild(page, "focusEdit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "focusSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.recordCount("focus"), 2);
    }

    function test_anEmptyFocusIsNotSaved() {
        const stack = createTemporaryObject(focusStack, tc);
        mouseClick(reveal(findChild(stack.currentItem, "focusWrite")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "focusSave")));
        compare(stack.depth, 2);
        verify(findChild(stack.currentItem, "focusProblem").text.indexOf("at least one part") >= 0);
        compare(TestDriver.recordCount("focus"), 0);
    }

    function openFocusEdit(stack) {
        mouseClick(reveal(findChild(stack.currentItem, MyFocus.hasFocus ? "focusEdit" : "focusWrite")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        return stack.currentItem;
    }

    // The focus half written: all seven fields are kept through Back (before the pause that
    // saves while typing) and come back when the page opens again; saving clears the draft.
    function test_theFocusIsKeptThroughBack() {
        verify(MyFocus.save("second best", "", "shame", "", "", "", "", 4));
        const stack = createTemporaryObject(focusStack, tc);
        let edit = openFocusEdit(stack);
        verify(!findChild(edit, "focusRestored").visible);
        compare(TestDriver.draftText("focus:own"), "");
        const field = findChild(edit, "focusOthersFieldInput");
        field.forceActiveFocus();
        for (const c of "busy")
            keyClick(c);
        typeInto(findChild(edit, "focusGoalsFieldInput"), "Say no once a week");
        stack.pop(); // Back
        settle(stack);
        verify(TestDriver.draftText("focus:own").indexOf("Say no once a week") >= 0);
        compare(TestDriver.recordCount("focus"), 1);

        edit = openFocusEdit(stack);
        verify(findChild(edit, "focusRestored").visible);
        compare(findChild(edit, "focusSelfFieldInput").text, "second best");
        compare(findChild(edit, "focusOthersFieldInput").text, "busy");
        compare(findChild(edit, "focusFeelingFieldInput").text, "shame");
        compare(findChild(edit, "focusGoalsFieldInput").text, "Say no once a week");
        mouseClick(reveal(findChild(edit, "focusSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.recordCount("focus"), 2);
        compare(MyFocus.otherRepresentation, "busy");
        compare(TestDriver.draftText("focus:own"), "");

        // Opened and left unchanged: nothing kept.
        openFocusEdit(stack);
        stack.pop();
        settle(stack);
        compare(TestDriver.draftText("focus:own"), "");
    }

    // The app locking while the focus is being written keeps it; after unlocking it is there.
    function test_theFocusIsKeptThroughLocking() {
        let stack = createTemporaryObject(focusStack, tc);
        const edit = openFocusEdit(stack);
        typeInto(findChild(edit, "focusSelfFieldInput"), "not good enough");
        typeInto(findChild(edit, "focusHandlesFieldInput"), "the queue");
        Session.lock();
        stack.destroy(); // the shell goes when the app locks
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        stack = createTemporaryObject(focusStack, tc);
        const again = openFocusEdit(stack);
        verify(findChild(again, "focusRestored").visible);
        compare(findChild(again, "focusSelfFieldInput").text, "not good enough");
        compare(findChild(again, "focusHandlesFieldInput").text, "the queue");
        compare(TestDriver.recordCount("focus"), 0);
    }

    // A therapist's half-written revision stays with the patient it is for.
    function test_aTherapistsFocusDraftIsKeptPerPatient() {
        Session.lock();
        verify(TestDriver.lockedProfile("therapist passphrase", "therapist"));
        Session.unlock("therapist passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        const first = Caseload.add("A.K.");
        const second = Caseload.add("Q.Z.");
        verify(first.length > 0 && second.length > 0);
        PatientDashboard.patientId = first;
        const stack = createTemporaryObject(focusStack, tc);
        typeInto(findChild(openFocusEdit(stack), "focusSelfFieldInput"), "unseen");
        stack.pop();
        settle(stack);
        verify(TestDriver.draftText("focus:" + first).indexOf("unseen") >= 0);

        PatientDashboard.patientId = second;
        let edit = openFocusEdit(stack);
        verify(!findChild(edit, "focusRestored").visible);
        compare(findChild(edit, "focusSelfFieldInput").text, "");
        stack.pop();
        settle(stack);
        PatientDashboard.patientId = first;
        edit = openFocusEdit(stack);
        compare(findChild(edit, "focusSelfFieldInput").text, "unseen");
        PatientDashboard.patientId = "";
    }

    function test_reflections() {
        verify(MyFocus.save("second best", "", "shame", "", "", "", "", 4));
        const stack = createTemporaryObject(focusStack, tc);
        mouseClick(reveal(findChild(stack.currentItem, "reflectionAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        typeInto(findChild(stack.currentItem, "reflectionText"), "Noticed it at work today.");
        mouseClick(reveal(findChild(stack.currentItem, "reflectionSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(MyFocus.reflectionCount, 1);
        compare(TestDriver.recordCount("focus"), 1); // the focus itself is unchanged

        mouseClick(reveal(findChild(stack.currentItem, "reflection_0_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "reflectionText").text, "Noticed it at work today.");
        typeInto(findChild(stack.currentItem, "reflectionText"), "Noticed it at work.");
        mouseClick(reveal(findChild(stack.currentItem, "reflectionSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.recordCount("focus-reflection"), 2); // edited: a new version

        mouseClick(reveal(findChild(stack.currentItem, "reflection_0_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "reflectionDelete")));
        const confirm = findChild(stack.currentItem, "reflectionConfirmDelete");
        tryCompare(confirm, "opened", true);
        mouseClick(reveal(findChild(confirm.footer, "reflectionConfirmDeleteConfirm")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(MyFocus.reflectionCount, 0);
        compare(TestDriver.recordCount("focus-reflection"), 0);
    }

    // A reflection half written is kept through Back and comes back when reopened.
    function test_aReflectionIsKeptThroughBack() {
        verify(MyFocus.save("second best", "", "shame", "", "", "", "", 4));
        const stack = createTemporaryObject(focusStack, tc);
        mouseClick(reveal(findChild(stack.currentItem, "reflectionAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        typeInto(findChild(stack.currentItem, "reflectionText"), "On the bus, again");
        stack.pop();
        settle(stack);
        compare(TestDriver.draftText("reflection:new"), "On the bus, again");
        compare(MyFocus.reflectionCount, 0);
        mouseClick(reveal(findChild(stack.currentItem, "reflectionAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "reflectionText").text, "On the bus, again");
        verify(findChild(stack.currentItem, "reflectionRestored").visible);
        mouseClick(reveal(findChild(stack.currentItem, "reflectionSave")));
        tryCompare(stack, "depth", 1);
        compare(MyFocus.reflectionCount, 1);
        compare(TestDriver.draftText("reflection:new"), "");
    }

    function test_notes() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const stack = createTemporaryObject(notesStack, tc);
        const page = stack.currentItem;
        verify(findChild(page, "notesEmpty").visible);
        mouseClick(reveal(findChild(page, "noteAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        verify(findChild(stack.currentItem, "noteToBring").checked); // a note is usually to bring
        // The cursor is in the text box, so typing goes into the note at once.
        verify(findChild(stack.currentItem, "noteText").activeFocus);
        typeInto(findChild(stack.currentItem, "noteText"), "The phone call with Mum");
        mouseClick(reveal(findChild(stack.currentItem, "noteSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(OnMyMind.count, 1);
        compare(OnMyMind.toBringCount, 1);
        verify(!findChild(page, "notesEmpty").visible);
        const first = findChild(page, "note_0");
        compare(first.text, "The phone call with Mum");
        verify(first.dateText.indexOf("27 March 2026") >= 0);
        compare(first.forSessionText, "For session 5");

        verify(findChild(page, "note_0_toBring").visible); // "To bring", in words
        // Not to bring: on the note's own page (no tick box on every row), kept as a new version.
        mouseClick(reveal(findChild(page, "note_0_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "noteToBring")));
        mouseClick(reveal(findChild(stack.currentItem, "noteSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(OnMyMind.toBringCount, 0);
        verify(!findChild(page, "note_0_toBring").visible);
        compare(TestDriver.recordCount("note"), 2);

        OnMyMind.add("A walk helped", false);
        OnMyMind.query = "mum";
        compare(OnMyMind.notes.rowCount(), 1);
        verify(findChild(page, "notesResults").text.indexOf("1 note") === 0);
        OnMyMind.query = "";

        // Edit, then delete after confirming (the rows laid out first, as a person sees them).
        waitForRendering(page);
        mouseClick(reveal(findChild(page, "note_1_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "noteText").text, "The phone call with Mum");
        mouseClick(reveal(findChild(stack.currentItem, "noteDelete")));
        const confirm = findChild(stack.currentItem, "noteConfirmDelete");
        tryCompare(confirm, "opened", true);
        mouseClick(reveal(findChild(confirm.footer, "noteConfirmDeleteCancel")));
        tryCompare(confirm, "visible", false);
        compare(OnMyMind.count, 2);
        mouseClick(reveal(findChild(stack.currentItem, "noteDelete")));
        tryCompare(confirm, "opened", true);
        mouseClick(reveal(findChild(confirm.footer, "noteConfirmDeleteConfirm")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(OnMyMind.count, 1);
        compare(TestDriver.recordCount("note"), 1);
    }

    function test_anEmptyNoteIsNotSaved() {
        const stack = createTemporaryObject(notesStack, tc);
        mouseClick(reveal(findChild(stack.currentItem, "noteAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "noteSave")));
        compare(stack.depth, 2);
        verify(findChild(stack.currentItem, "noteProblem").text.length > 0);
        compare(OnMyMind.count, 0);
    }

    function test_lockingClearsNotesAndFocus() {
        OnMyMind.add("something private", true);
        MyFocus.save("second best", "", "", "", "", "", "", 4);
        compare(OnMyMind.count, 1);
        Session.lock();
        compare(OnMyMind.count, 0);
        compare(OnMyMind.notes.rowCount(), 0);
        verify(!MyFocus.hasFocus);
        compare(MyFocus.selfRepresentation, "");
    }

    function openNewNote(stack) {
        mouseClick(reveal(findChild(stack.currentItem, "noteAdd")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        return stack.currentItem;
    }

    // Back with words typed: they are kept as a draft and the notes page says so; "Carry on
    // your note" brings them back; saving the note clears the draft.
    function test_aNoteIsKeptThroughBack() {
        const stack = createTemporaryObject(notesStack, tc);
        const notes = stack.currentItem;
        compare(findChild(notes, "noteAdd").text, "Add a note");
        verify(!findChild(notes, "noteDraftKept").visible);
        let edit = openNewNote(stack);
        const field = findChild(edit, "noteText");
        field.forceActiveFocus();
        for (const c of "Call Sam")
            keyClick(c);
        stack.pop(); // Back, before the pause that saves while typing
        settle(stack);
        compare(TestDriver.draftText("note:new"), "Call Sam");
        compare(OnMyMind.count, 0);
        tryVerify(() => findChild(notes, "noteDraftKept").visible);
        compare(findChild(notes, "noteAdd").text, "Carry on your note");

        edit = openNewNote(stack);
        compare(findChild(edit, "noteText").text, "Call Sam");
        verify(findChild(edit, "noteRestored").visible);
        mouseClick(reveal(findChild(edit, "noteSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(OnMyMind.count, 1);
        compare(TestDriver.draftText("note:new"), "");
        verify(!findChild(notes, "noteDraftKept").visible);
    }

    // The app locking with a note half written keeps it; after unlocking it is all there.
    function test_aNoteIsKeptThroughLocking() {
        let stack = createTemporaryObject(notesStack, tc);
        typeInto(findChild(openNewNote(stack), "noteText"), "Before the lock");
        Session.lock();
        stack.destroy(); // the shell goes when the app locks
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(TestDriver.draftText("note:new"), "Before the lock");
        stack = createTemporaryObject(notesStack, tc);
        compare(findChild(openNewNote(stack), "noteText").text, "Before the lock");
    }

    // Changing a saved note: only a change is a draft; leaving keeps the change for that note.
    function test_aChangedNoteIsKeptThroughBack() {
        OnMyMind.add("First words", true);
        const stack = createTemporaryObject(notesStack, tc);
        waitForRendering(stack.currentItem);
        mouseClick(reveal(findChild(stack.currentItem, "note_0_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        const id = stack.currentItem.noteId;
        compare(TestDriver.draftText("note:" + id), "");
        typeInto(findChild(stack.currentItem, "noteText"), "First words, changed");
        stack.pop();
        settle(stack);
        compare(TestDriver.draftText("note:" + id), "First words, changed");
        mouseClick(reveal(findChild(stack.currentItem, "note_0_edit")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(findChild(stack.currentItem, "noteText").text, "First words, changed");
        verify(findChild(stack.currentItem, "noteRestored").visible);
    }
}
