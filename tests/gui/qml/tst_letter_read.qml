import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Reading the letter: sections, marking a passage and writing a note (kept apart from the
// letter, whose record stays exactly as written), comparing versions, deleting in two steps.
TestCase {
    id: tc
    name: "LetterRead"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: readComponent
        LetterReadPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: compareComponent
        LetterComparePage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: deleteComponent
        LetterDeletePage {
            width: tc.width
            height: tc.height
        }
    }
    SignalSpy {
        id: finishedSpy
        signalName: "finished"
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("after"));
        verify(Letters.hasLetter);
    }

    // The row of the first block (paragraph) whose text contains `words`.
    function rowWith(page, words) {
        for (let i = 0; i < 200; ++i) {
            const item = findChild(page, "letterText_" + i);
            if (item && item.parent && item.parent.parent && item.parent.parent.plain
                    && item.parent.parent.plain.indexOf(words) >= 0)
                return i;
        }
        return -1;
    }

    function test_readsTheFinalVersionWithItsSections() {
        const page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        verify(page.reading.available);
        compare(page.title, "Our work together");
        verify(findChild(page, "letterDate").text.length > 0);
        verify(page.reading.versionText.indexOf("Version 2 of 2") >= 0);
        // Section navigation lists the template's sections as the letter names them.
        const headings = page.reading.contents.map(c => c.heading);
        verify(headings.indexOf("Experiences of your self") >= 0);
        verify(headings.indexOf("Conclusion") >= 0);
        mouseClick(findChild(page, "showContents"));
        verify(findChild(page, "letterContents").visible);
        verify(findChild(page, "goToSection_0").height >= 48);
    }

    function test_markingAPassageLeavesTheLetterAsWritten() {
        const page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        const version = TestDriver.letterVersionId(Letters.letterId);
        const before = TestDriver.recordBody(version);
        const highlights = TestDriver.recordCount("letter_highlight");
        const row = rowWith(page, "dry humour");
        verify(row >= 0);
        const text = findChild(page, "letterText_" + row);
        text.forceActiveFocus();
        const plain = text.parent.parent.plain;
        const start = plain.indexOf("dry humour");
        text.select(start, start + "dry humour".length);
        compare(page.activeRow, row);
        verify(page.hasSelection);
        const bar = page.footer;
        verify(bar.visible);
        waitForRendering(bar);
        mouseClick(findChild(bar, "markPassage"));
        compare(TestDriver.recordCount("letter_highlight"), highlights + 1);
        compare(TestDriver.recordBody(version), before);
        // The passage is shown marked, and gathers on Home's list of moments.
        tryVerify(() => findChild(page, "letterText_" + row).parent.parent.marked);
        let found = false;
        for (let i = 0; i < Letters.moments.rowCount(); ++i)
            found = found || Letters.moments.data(Letters.moments.index(i, 0), Qt.UserRole + 3) === "dry humour";
        verify(found);
    }

    function test_aNoteOnAPassage() {
        const page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        const version = TestDriver.letterVersionId(Letters.letterId);
        const before = TestDriver.recordBody(version);
        const notes = TestDriver.recordCount("letter_note");
        const row = rowWith(page, "spare chair");
        const text = findChild(page, "letterText_" + row);
        text.forceActiveFocus();
        const plain = text.parent.parent.plain;
        const start = plain.indexOf("spare chair");
        text.select(start, start + "spare chair".length);
        waitForRendering(page.footer);
        mouseClick(findChild(page.footer, "addNote"));
        const dialog = findChild(page, "noteDialog");
        tryVerify(() => dialog.opened);
        compare(dialog.quote, "spare chair");
        dialog.noteText = "Still true at work.";
        waitForRendering(dialog.contentItem);
        mouseClick(findChild(dialog.contentItem, "saveNote"));
        compare(TestDriver.recordCount("letter_note"), notes + 1);
        compare(TestDriver.recordBody(version), before);
        tryVerify(() => !dialog.visible);
        tryVerify(() => findChild(page, "letterText_" + row).parent.parent.notes.length === 1);
    }

    function openNoteOn(page, words) {
        const row = rowWith(page, words);
        const text = findChild(page, "letterText_" + row);
        text.forceActiveFocus();
        const start = text.parent.parent.plain.indexOf(words);
        text.select(start, start + words.length);
        waitForRendering(page.footer);
        mouseClick(findChild(page.footer, "addNote"));
        const dialog = findChild(page, "noteDialog");
        tryVerify(() => dialog.opened);
        return dialog;
    }

    // A note half written in the dialog is kept with its passage through leaving the page and
    // through the app locking: the page offers to carry on, and the words and passage come back.
    function test_aNoteBeingWrittenIsKeptThroughLocking() {
        const key = "letter-note:" + Letters.letterId;
        const notes = TestDriver.recordCount("letter_note");
        let page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        verify(!findChild(page, "letterNoteKept").visible);
        let dialog = openNoteOn(page, "spare chair");
        const field = findChild(dialog.contentItem, "noteText");
        field.forceActiveFocus();
        for (const c of "Mum's chair")
            keyClick(c);
        Session.lock();
        page.destroy(); // the shell goes when the app locks
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.draftText(key).indexOf("Mum's chair") >= 0);

        page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        const kept = findChild(page, "letterNoteKept");
        tryVerify(() => kept.visible);
        verify(kept.text.indexOf("spare chair") >= 0);
        mouseClick(findChild(page, "letterNoteCarryOn"));
        dialog = findChild(page, "noteDialog");
        tryVerify(() => dialog.opened);
        compare(dialog.quote, "spare chair");
        compare(dialog.noteText, "Mum's chair");
        verify(findChild(dialog.contentItem, "noteDialogRestored").visible);
        waitForRendering(dialog.contentItem);
        mouseClick(findChild(dialog.contentItem, "saveNote"));
        compare(TestDriver.recordCount("letter_note"), notes + 1);
        compare(TestDriver.draftText(key), "");
        tryVerify(() => !dialog.visible);
        verify(!findChild(page, "letterNoteKept").visible);
        const row = rowWith(page, "spare chair");
        tryVerify(() => findChild(page, "letterText_" + row).parent.parent.notes.length === 1);
    }

    // Closed without Cancel (Back, Escape) the words stay; Cancel throws them away.
    function test_aNoteBeingWrittenIsKeptThroughBack() {
        const key = "letter-note:" + Letters.letterId;
        const page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        let dialog = openNoteOn(page, "spare chair");
        dialog.noteText = "Before Back";
        keyClick(Qt.Key_Escape);
        tryVerify(() => !dialog.visible);
        compare(TestDriver.draftText(key).indexOf("Before Back") >= 0, true);
        verify(findChild(page, "letterNoteKept").visible);
        // The same passage opened again brings the words back.
        dialog = openNoteOn(page, "spare chair");
        compare(dialog.noteText, "Before Back");
        waitForRendering(dialog.contentItem);
        mouseClick(findChild(dialog.contentItem, "cancelNote"));
        tryVerify(() => !dialog.visible);
        compare(TestDriver.draftText(key), "");
        verify(!findChild(page, "letterNoteKept").visible);
    }

    // Changes as soft highlights, explained once: the words as they read now, no [+ +] / [- -]
    // marks and no count of additions; screen readers hear "new"; the earlier words on request.
    function test_comparisonShowsChangesAsSoftHighlights() {
        const page = createTemporaryObject(compareComponent, tc, { letterId: Letters.letterId });
        const summary = findChild(page, "compareSummary").text;
        verify(summary.indexOf("Version 2, compared with version 1") >= 0, summary);
        verify(!/addition|removal/.test(summary), summary);
        verify(findChild(page, "compareKey").text.indexOf("soft highlight") >= 0);
        let shown = "";
        let changed = -1;
        for (let i = 0; i < 12; ++i) {
            const t = findChild(page, "compareText_" + i);
            if (t && t.visible) {
                shown += t.text + " " + t.Accessible.name;
                const more = findChild(page, "showEarlier_" + i);
                if (changed < 0 && more && more.visible)
                    changed = i;
            }
        }
        verify(shown.indexOf("background-color:" + Theme.changedTint) >= 0, shown);
        verify(shown.indexOf("[+") < 0 && shown.indexOf("[-") < 0, shown);
        verify(shown.indexOf("<s>") < 0, shown);
        verify(shown.indexOf("(new: ") >= 0, shown);
        // How a changed section read before, with the words since changed.
        verify(changed >= 0);
        const earlier = findChild(page, "compareEarlier_" + changed);
        verify(!earlier.visible);
        waitForRendering(page);
        mouseClick(findChild(page, "showEarlier_" + changed));
        verify(earlier.visible);
        verify(earlier.Accessible.name.indexOf("(since changed: ") >= 0, earlier.Accessible.name);
    }

    function test_deletingTakesTwoExplicitSteps() {
        const id = Letters.letterId;
        const page = createTemporaryObject(deleteComponent, tc, { letterId: id });
        finishedSpy.target = page;
        finishedSpy.clear();
        verify(findChild(page, "deletionSummary").text.indexOf("Our work together") >= 0);
        // A made-up confirmation deletes nothing.
        verify(!Letters.deleteLetter(id, "not a token"));
        verify(Letters.hasLetter);
        // Step one only arms the second step.
        mouseClick(findChild(page, "deleteStepOne"));
        verify(page.token.length > 0);
        verify(Letters.hasLetter);
        verify(findChild(page, "deleteStepTwo").visible);
        verify(findChild(page, "keepLetterFinal").visible);
        mouseClick(findChild(page, "deleteStepTwo"));
        compare(finishedSpy.count, 1);
        compare(finishedSpy.signalArguments[0][0], true);
        verify(!Letters.hasLetter);
        compare(TestDriver.recordCount("letter"), 1); // the reply is a letter of its own
        compare(TestDriver.recordCount("letter_note"), 0);
    }

    function test_keepingTheLetterDeletesNothing() {
        const page = createTemporaryObject(deleteComponent, tc, { letterId: Letters.letterId });
        finishedSpy.target = page;
        finishedSpy.clear();
        mouseClick(findChild(page, "deleteStepOne"));
        const token = page.token;
        verify(token.length > 0);
        mouseClick(findChild(page, "keepLetterFinal"));
        compare(finishedSpy.signalArguments[0][0], false);
        verify(Letters.hasLetter);
        // Choosing to keep it cancels the first step: its token deletes nothing.
        verify(!Letters.deleteLetter(Letters.letterId, token));
        verify(Letters.hasLetter);
    }

    // Reached without a letter (an old link, a letter deleted elsewhere): the pages say so
    // and offer the way back, rather than empty cards or buttons for nothing.
    function test_noLetterSaysSoAndOffersTheWayBack() {
        const del = createTemporaryObject(deleteComponent, tc, { letterId: "no-such-letter" });
        finishedSpy.target = del;
        finishedSpy.clear();
        verify(findChild(del, "deleteNothing").visible);
        verify(!findChild(del, "deleteStepOne").visible);
        mouseClick(findChild(del, "deleteNothingAction"));
        compare(finishedSpy.count, 1);
        compare(finishedSpy.signalArguments[0][0], false);
        verify(Letters.hasLetter);

        const read = createTemporaryObject(readComponent, tc, { letterId: "no-such-letter" });
        verify(findChild(read, "letterMissing").visible);
        verify(findChild(read, "letterMissingAction").visible);
    }
}
