import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Writing: the reply is autosaved to the drafts table within a second of typing, even while
// typing goes on; a killed editor comes back with everything; saving makes a version. A
// paper letter is typed in section by section with the template's headings.
TestCase {
    id: tc
    name: "LetterWrite"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: editorComponent
        LetterEditorPage {
            width: tc.width
            height: tc.height
        }
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function type(text) {
        for (const c of text)
            keyClick(c);
    }

    function openReply() {
        const page = createTemporaryObject(editorComponent, tc, { mode: LetterEditing.Reply, letterId: Letters.letterId });
        verify(page.editing.ready);
        const body = findChild(page, "sectionText_0");
        body.forceActiveFocus();
        return page;
    }

    // Scrolls a control into view, then clicks it as a person would.
    function tap(page, item) {
        waitForRendering(page); // lets the layout settle (a formatted preview may just have appeared)
        const y = item.mapToItem(page.flickable.contentItem, 0, 0).y;
        page.flickable.contentY = Math.max(0, Math.min(y - 100, page.flickable.contentHeight - page.flickable.height));
        waitForRendering(page);
        mouseClick(item);
    }

    // What typing leaves in the drafts table, read straight from the store.
    function draft(page) {
        return TestDriver.draftText(page.editing.draftKey);
    }

    function test_replyIsKeptWithinASecondOfTyping() {
        verify(TestDriver.fillDemo("ending"));
        const page = openReply();
        type("Dear Ruth");
        const typedAt = Date.now();
        tryVerify(() => draft(page).indexOf("Dear Ruth") >= 0, 1000, "saved within a second");
        verify(Date.now() - typedAt <= 1000);
    }

    // Formatting shows as formatting under the words, never as stars; plain words show no
    // second copy.
    function test_formattingIsShownAsFormatting() {
        verify(TestDriver.fillDemo("ending"));
        const page = openReply();
        const preview = findChild(page, "sectionPreview_0");
        type("Dear Ruth");
        compare(preview.text, "");
        verify(!preview.parent.visible);
        type(", it was *kind*");
        tryVerify(() => preview.text.indexOf("<i>kind</i>") >= 0);
        verify(preview.text.indexOf("*") < 0);
        verify(preview.parent.visible);
    }

    // Typing without a pause never holds text back for more than the deadline.
    function test_continuousTypingIsStillSaved() {
        verify(TestDriver.fillDemo("ending"));
        const page = openReply();
        keyClick("X");
        for (let i = 0; i < 12; ++i) {
            wait(100);
            keyClick("y");
        }
        // 1.2 s after the X, with no pause longer than 100 ms: X must already be stored.
        verify(draft(page).indexOf("X") >= 0, "text typed over a second ago is stored");
    }

    // The editor goes away without a chance to save (as a killed app would) and comes back
    // from the store with everything typed more than a second before.
    function test_killAndResume() {
        verify(TestDriver.fillDemo("ending"));
        let page = openReply();
        type("Thank you for the letter.");
        wait(1000);
        const kept = draft(page);
        verify(kept.indexOf("Thank you for the letter.") >= 0);
        page.destroy();
        wait(50);
        compare(TestDriver.draftText("letter/reply/" + Letters.letterId), kept);
        page = createTemporaryObject(editorComponent, tc, { mode: LetterEditing.Reply, letterId: Letters.letterId });
        verify(page.editing.restored);
        compare(findChild(page, "sectionText_0").text, "Thank you for the letter.");
        verify(findChild(page, "restoredNotice").text.length > 0);
        verify(Letters.replyDraftExists);
    }

    function test_savingMakesAVersionAndClearsTheDraft() {
        verify(TestDriver.fillDemo("ending"));
        const page = openReply();
        type("I recognise *most* of it.");
        compare(Letters.replyId, "");
        tap(page, findChild(page, "saveLetterVersion"));
        verify(Letters.replyId.length > 0);
        const version = TestDriver.letterVersionId(Letters.replyId);
        const body = JSON.parse(TestDriver.recordBody(version));
        compare(body.author, "patient");
        compare(body.inReplyTo, Letters.letterId);
        compare(body.sections[0].text, "I recognise *most* of it.");
        compare(draft(page), "");
        verify(findChild(page, "savedNotice").text.length > 0);
        // Writing more now drafts the next version of the reply.
        compare(page.editing.draftKey, "letter/revise/" + Letters.replyId);
    }

    function test_nothingWrittenCannotBeSaved() {
        verify(TestDriver.fillDemo("ending"));
        const page = openReply();
        tap(page, findChild(page, "saveLetterVersion"));
        compare(Letters.replyId, "");
        verify(findChild(page, "editorProblem").text.length > 0);
    }

    function test_typingInAPaperLetter() {
        verify(!Letters.hasLetter);
        const page = createTemporaryObject(editorComponent, tc, { mode: LetterEditing.Paper });
        verify(page.editing.ready);
        verify(page.editing.headingsEditable);
        compare(findChild(page, "sectionHeading_1").text, "Experiences of your self");
        findChild(page, "letterTitleField").forceActiveFocus();
        type("Goodbye letter");
        const date = findChild(page, "letterDateField");
        date.forceActiveFocus();
        date.selectAll();
        type("10/6/2026");
        // The real letter's heading replaces the template's for that section.
        const heading = findChild(page, "sectionHeading_5");
        heading.forceActiveFocus();
        heading.selectAll();
        type("Therapy so far and what you've achieved");
        findChild(page, "sectionText_1").forceActiveFocus();
        type("You see yourself as second best.");
        findChild(page, "sectionText_5").forceActiveFocus();
        type("You spoke up at work.");
        tap(page, findChild(page, "saveLetterVersion"));
        verify(Letters.hasLetter);
        const body = JSON.parse(TestDriver.recordBody(TestDriver.letterVersionId(Letters.letterId)));
        compare(body.title, "Goodbye letter");
        compare(body.date, "2026-06-10");
        compare(body.author, "therapist");
        compare(body.sections.length, 2); // sections left empty are not part of the letter
        compare(body.sections[0].key, "self");
        compare(body.sections[1].key, "changed");
        compare(body.sections[1].heading, "Therapy so far and what you've achieved");
    }
}
