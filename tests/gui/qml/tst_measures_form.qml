import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The pre-session form as a person uses it: the due card, one question per screen, every
// answer saved at once (and still there after the form and the store are closed and opened
// again), the WSAS work question, the keyboard, review and submit, missed forms, corrections,
// and the risk path: crisis support at the moment of the answer, with who can see it.
// The test clock starts on Monday 2 March 2026 at 09:00 (London).
TestCase {
    id: tc
    name: "MeasuresForm"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: host
        StackView {
            width: tc.width
            height: tc.height
            initialItem: MeasuresPage {}
        }
    }
    Component {
        id: main
        Main {}
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }
    function cleanup() {
        Measures.closeForm();
    }

    function openHost() {
        const stack = createTemporaryObject(host, tc);
        tryCompare(stack, "busy", false);
        waitForItemPolished(stack.currentItem.flickable); // its list makes its items
        return stack;
    }
    function startForm(stack) {
        const action = findChild(stack.currentItem, "dueFormAction");
        verify(action !== null && action.visible, "the due card offers the form");
        verify(action.height >= 48);
        mouseClick(action);
        tryCompare(stack, "busy", false);
        compare(stack.currentItem.objectName, "formPage");
        verify(Measures.form !== null);
        return stack.currentItem;
    }
    function answer(page, index) {
        const button = findChild(page, "answer_" + index);
        verify(button !== null, "answer " + index);
        verify(button.height >= 48);
        mouseClick(button);
    }
    // Scrolls a page's Flickable (a ScrollPage's, or a list whose header starts above 0) so
    // `item` is on screen, then taps it, as a person would.
    function tapInPage(page, item) {
        verify(item !== null && item.visible);
        waitForRendering(page); // lets the layout settle after the page changed
        const flick = page.flickable;
        const y = item.mapToItem(flick.contentItem, 0, 0).y;
        flick.contentY = Math.max(flick.originY, Math.min(y - 50, flick.originY + flick.contentHeight - flick.height));
        waitForRendering(page);
        mouseClick(item);
    }
    function next(page) {
        mouseClick(findChild(page.footer, "formNext"));
    }
    // Answers every remaining question with its first answer (score 0, "No").
    function answerRestWithFirst(form) {
        while (!form.reviewing) {
            if (!form.isText && form.selected === "")
                form.chooseIndex(0);
            form.next();
        }
    }

    function test_dueCardBeforeACourse() {
        Measures.refresh();
        compare(Measures.dueState, Measures.None);
        const stack = openHost();
        compare(findChild(stack.currentItem, "dueFormTitle").text, "Your forms will appear here");
        verify(!findChild(stack.currentItem, "dueFormAction").visible);
        // The way on: adding the sessions, right here.
        const setUp = findChild(stack.currentItem, "dueFormSetUpCourse");
        verify(setUp.visible);
        verify(setUp.height >= 48);
        mouseClick(setUp);
        tryCompare(stack, "busy", false);
        compare(stack.depth, 2);
        compare(stack.currentItem.objectName, "courseSetupPage");
    }

    // Session 2 is on Thursday 5 March at 10:00; its form opens 72 hours before, at 10:00
    // today, so at 09:00 it is not open yet.
    function test_dueCardNotYetOpenThenReady() {
        verify(MeasuresTestDriver.setUpCourse(4));
        Measures.refresh();
        compare(Measures.dueSession, 2);
        compare(Measures.dueState, Measures.NotYetOpen);
        // The day in the locale's words and order (CourseWording::dayAndMonth), without a year.
        verify(/opens on Monday.* (2 March|March 2)/.test(Measures.dueTitle), Measures.dueTitle);
        verify(Measures.dueTitle.indexOf("2026") < 0, Measures.dueTitle);
        compare(Measures.formOpensHoursBefore, 72);
        TestDriver.advanceClock(3600);
        Measures.refresh();
        compare(Measures.dueState, Measures.Ready);
        compare(Measures.dueTitle, "Your session 2 form is ready");
        compare(Measures.dueActionLabel, "Start the form");
    }

    // H16 (docs/CLINICAL_SAFETY.md): the clock set back since the app last looked. The due card
    // and the form say in words which session the form will be filed under.
    function test_clockSetBackSaysWhichSession() {
        try {
            clockSetBackSaysWhichSession();
        } finally {
            TestDriver.setLocalNow("2026-03-02T09:00"); // the clock the other tests expect
        }
    }
    function clockSetBackSaysWhichSession() {
        verify(MeasuresTestDriver.setUpCourse(7)); // session 2: Monday 2 March, 10:00
        let stack = openHost();
        compare(Measures.dueState, Measures.Ready);
        compare(Measures.dueSession, 2);
        compare(Measures.clockNotice, "");
        verify(!findChild(stack.currentItem, "dueFormClockNotice").visible);
        // Five minutes back is a time correction, not a change.
        TestDriver.setLocalNow("2026-03-02T08:55");
        Measures.refresh();
        compare(Measures.clockNotice, "");
        TestDriver.setLocalNow("2026-03-02T08:30");
        Measures.refresh();
        const words = /^Your phone's clock or time zone has changed since you last opened the app\. This form will be filed under session 2 \(Monday.* (2 March|March 2)\)\.$/;
        verify(words.test(Measures.clockNotice), Measures.clockNotice);
        const notice = findChild(stack.currentItem, "dueFormClockNotice");
        verify(notice.visible);
        compare(notice.text, Measures.clockNotice);
        compare(notice.Accessible.name, Measures.clockNotice);
        // It stays said while the app is open, not only for the minute it was noticed.
        TestDriver.advanceClock(60);
        Measures.refresh();
        verify(words.test(Measures.clockNotice), Measures.clockNotice);
        const page = startForm(stack);
        compare(Measures.formClockNotice, Measures.clockNotice);
        verify(findChild(page, "formClockNotice").visible);
        compare(findChild(page, "formClockNotice").text, Measures.formClockNotice);
    }

    // H16: the clock set forward since the app last looked, which the wall clock alone takes
    // for time passing: beside the boot clock (setLocalNow moves only the wall clock,
    // advanceClock both) it is seen, and said in the same words.
    function test_clockSetForwardSaysWhichSession() {
        try {
            clockSetForwardSaysWhichSession();
        } finally {
            TestDriver.setLocalNow("2026-03-02T09:00"); // the clock the other tests expect
        }
    }
    function clockSetForwardSaysWhichSession() {
        TestDriver.setLocalNow("2026-03-02T09:00");
        init(); // a fresh profile: no clock seen before this time
        verify(MeasuresTestDriver.setUpCourse(7)); // session 2: Monday 2 March, 10:00
        let stack = openHost();
        compare(Measures.dueState, Measures.Ready);
        compare(Measures.clockNotice, "");
        // Five minutes ahead is a time correction, not a change; time passing is none either.
        TestDriver.setLocalNow("2026-03-02T09:05");
        Measures.refresh();
        compare(Measures.clockNotice, "");
        TestDriver.advanceClock(600);
        Measures.refresh();
        compare(Measures.clockNotice, "");
        // Set on by half an hour.
        TestDriver.setLocalNow("2026-03-02T09:45");
        Measures.refresh();
        compare(Measures.dueState, Measures.Ready);
        const words = /^Your phone's clock or time zone has changed since you last opened the app\. This form will be filed under session 2 \(Monday.* (2 March|March 2)\)\.$/;
        verify(words.test(Measures.clockNotice), Measures.clockNotice);
        const notice = findChild(stack.currentItem, "dueFormClockNotice");
        verify(notice.visible);
        compare(notice.text, Measures.clockNotice);
    }

    // H16: a clock wrong from the start is seen against the sync server's time (kept by a
    // sync pass, with the boot clock): more than 2 hours out, the same places say so.
    function test_clockWrongByTheServersTimeSaysWhichSession() {
        try {
            clockWrongByTheServersTimeSaysWhichSession();
        } finally {
            TestDriver.setLocalNow("2026-03-02T09:00"); // the clock the other tests expect
        }
    }
    function clockWrongByTheServersTimeSaysWhichSession() {
        TestDriver.setLocalNow("2026-03-02T09:00"); // GMT: London's time is UTC in March
        init();
        verify(MeasuresTestDriver.setUpCourse(7)); // session 2: Monday 2 March, 10:00
        let stack = openHost();
        compare(Measures.clockNotice, "");
        // The server two hours ahead: within the tolerance, nothing said.
        verify(TestDriver.keepServerTime("2026-03-02T11:00:00Z"));
        Measures.refresh();
        compare(Measures.clockNotice, "");
        // Two hours and a minute: this phone's clock is wrong.
        verify(TestDriver.keepServerTime("2026-03-02T11:01:00Z"));
        Measures.refresh();
        compare(Measures.dueSession, 2);
        const words = /^Your phone's clock does not match the time from the sync server: it is more than 2 hours out\. Check the date and time in your phone's settings\. This form will be filed under session 2 \(Monday.* (2 March|March 2)\)\.$/;
        verify(words.test(Measures.clockNotice), Measures.clockNotice);
        const notice = findChild(stack.currentItem, "dueFormClockNotice");
        verify(notice.visible);
        compare(notice.text, Measures.clockNotice);
        const page = startForm(stack);
        compare(Measures.formClockNotice, Measures.clockNotice);
        verify(findChild(page, "formClockNotice").visible);
        // A later sync finds the clock right: nothing more is said.
        verify(TestDriver.keepServerTime("2026-03-02T09:00:00Z"));
        Measures.refresh();
        compare(Measures.formClockNotice, "");
    }

    function test_formFlowSurvivesClosingAndLocking() {
        verify(MeasuresTestDriver.setUpCourse(7));
        let stack = openHost();
        compare(Measures.dueState, Measures.Ready);
        let page = startForm(stack);
        const form = Measures.form;
        compare(form.count, 24); // PHQ-9 10, GAD-7 7, WSAS 6, risk 1
        compare(findChild(page, "progressText").text, "Question 1 of 24");
        compare(findChild(page, "questionText").text, "1. Little interest or pleasure in doing things");
        verify(findChild(page, "questionStem").text.indexOf("Over the last 2 weeks") === 0);
        compare(findChild(page.footer, "formNext").text, "Skip");
        verify(!findChild(page.footer, "formBack").enabled);

        answer(page, 1); // Several days
        compare(form.selected, "LA6569-3");
        verify(findChild(page, "answer_1").checked);
        compare(findChild(page.footer, "formNext").text, "Next");
        // Saved the moment it was given, before moving on.
        compare(MeasuresTestDriver.draftAnswerCount(2), 1);
        next(page);
        answer(page, 2);
        next(page);
        answer(page, 3);
        compare(MeasuresTestDriver.draftAnswerCount(2), 3);
        next(page);
        compare(findChild(page, "progressText").text, "Question 4 of 24");

        // Close the form and lock (the store is closed, the key wiped), as if the app had
        // been killed; then unlock and open the due form again.
        stack.destroy();
        Measures.closeForm();
        Session.lock();
        tryCompare(Session, "state", Session.Locked);
        compare(Measures.form, null);
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        Measures.refresh();
        compare(Measures.dueState, Measures.InProgress);
        verify(Measures.dueDetail.indexOf("question 4 of 24 and have answered 3") >= 0, Measures.dueDetail);
        compare(Measures.dueActionLabel, "Carry on");

        stack = openHost();
        page = startForm(stack);
        compare(Measures.form.answeredCount, 3);
        compare(findChild(page, "progressText").text, "Question 4 of 24");
        // The due card's count follows the form as it is filled in.
        next(page);
        answer(page, 0);
        verify(Measures.dueDetail.indexOf("question 5 of 24 and have answered 4") >= 0, Measures.dueDetail);
        mouseClick(findChild(page.footer, "formBack"));
        mouseClick(findChild(page.footer, "formBack"));
        compare(Measures.form.selected, "LA6571-9"); // question 3: Nearly every day
        verify(findChild(page, "answer_3").checked);
    }

    function test_reviewSubmitAndDone() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const stack = openHost();
        const page = startForm(stack);
        const form = Measures.form;
        answer(page, 2);
        next(page);
        next(page); // skipped
        answerRestWithFirst(form);
        form.goTo(1);
        compare(form.selected, ""); // skipped: left unanswered
        form.choose("LA6569-3");
        form.choose("LA6569-3"); // choosing the chosen answer again clears it
        compare(form.selected, "");
        form.showReview();
        compare(findChild(page, "reviewTitle").text, "Check your answers");
        verify(findChild(page, "reviewUnanswered").text.indexOf("1 question") === 0);
        const item = findChild(page, "reviewItem_0");
        verify(item !== null);
        verify(item.Accessible.name.indexOf("More than half the days") >= 0);
        tapInPage(page, item);
        verify(!form.reviewing);
        compare(form.position, 0);
        form.showReview();
        tapInPage(page, findChild(page, "submitForm"));
        verify(form.submitted);
        verify(!form.riskFlagged);
        verify(findChild(page, "formThanks").visible);
        compare(MeasuresTestDriver.draftAnswerCount(2), 0);
        compare(MeasuresTestDriver.responseCount(), 4);
        // PHQ-9 had a question left out: stored, but with no total.
        compare(MeasuresTestDriver.lastResponse("phq9").total, undefined);
        compare(MeasuresTestDriver.lastResponse("gad7").total, 0);
        compare(Measures.dueState, Measures.Done);
        tapInPage(page, findChild(page, "formDone"));
        tryCompare(stack, "depth", 1);
    }

    // WSAS: "retired or not working for reasons unrelated" leaves out the work question.
    function test_wsasNotWorkingSkipsWorkQuestion() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const stack = openHost();
        const page = startForm(stack);
        const form = Measures.form;
        while (form.text.indexOf("retired") < 0)
            form.next();
        compare(form.count, 24);
        answer(page, 1); // Yes, this applies to me
        compare(form.count, 23);
        next(page);
        verify(form.text.indexOf("home management") >= 0, form.text);
        answer(page, 0); // 0 Not at all
        mouseClick(findChild(page.footer, "formBack"));
        verify(form.text.indexOf("retired") >= 0);
        answer(page, 0); // No: the work question applies again
        compare(form.count, 24);
        next(page);
        verify(form.text.indexOf("ability to work") >= 0, form.text);
        verify(form.help.indexOf("to the point I can't work") >= 0);
    }

    function test_keyboard() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const stack = openHost();
        const page = startForm(stack);
        page.forceActiveFocus();
        keyClick(Qt.Key_3);
        compare(Measures.form.selected, "LA6570-1"); // the third answer
        keyClick(Qt.Key_Right);
        compare(Measures.form.position, 1);
        keyClick(Qt.Key_Left);
        compare(Measures.form.position, 0);
        keyClick(Qt.Key_Return);
        compare(Measures.form.position, 1);
        // The first answer has the focus after moving on, so Tab and Space start at the
        // answers, not at the header.
        tryVerify(() => findChild(page, "answer_0").activeFocus);
        // Return with nothing chosen does not skip the question silently: it says how to go on.
        verify(!Measures.form.answered);
        keyClick(Qt.Key_Return);
        compare(Measures.form.position, 1);
        compare(findChild(page, "formKeyHint").text, "Choose an answer, or press Skip.");
        keyClick(Qt.Key_Space); // chooses the focused answer
        verify(Measures.form.answered);
        compare(findChild(page, "formKeyHint").text, "");
        keyClick(Qt.Key_Return);
        compare(Measures.form.position, 2);
    }

    // A form is a task: no tab bar to leave it by mistake or to open it a second time under
    // another tab; the header's back arrow leaves it (its answers kept), and the footer's
    // button is "Previous", not a second "Back".
    function test_noTabBarInAForm() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const window = createTemporaryObject(main, tc);
        const shell = findChild(window.contentItem, "appShell");
        verify(shell !== null);
        tryVerify(() => shell.footer.visible);
        shell.currentIndex = 1; // Measures
        tryVerify(() => shell.currentStack !== null && !shell.currentStack.busy);
        const stack = shell.currentStack;
        waitForItemPolished(stack.currentItem.flickable);
        const page = startForm(stack);
        tryVerify(() => !shell.footer.visible);
        compare(findChild(page.footer, "formBack").text, "Previous");
        compare(TestDriver.accessibleName(findChild(page.footer, "formBack")), "Previous question");
        mouseClick(findChild(shell.header, "backButton"));
        tryCompare(stack, "depth", 1);
        tryVerify(() => shell.footer.visible);
        verify(Measures.form !== null); // left, not thrown away
    }

    // The last session's form ends with the feedback questions, one of them typed. What is
    // typed is saved even when Next is pressed straight away.
    function test_typedTextIsSavedWhenMovingOn() {
        verify(MeasuresTestDriver.setUpCourse(105)); // heading to session 16 of 16
        const stack = openHost();
        const page = startForm(stack);
        const form = Measures.form;
        compare(form.count, 43); // 24 weekly, SOS-10 10, RQ 5, feedback 4
        // A chosen answer has no free text, so no notice about it.
        verify(!findChild(page, "unwatchedNotice").visible);
        while (!form.isText)
            form.next();
        const area = findChild(page, "textAnswer");
        verify(area.visible);
        // Typed text is not watched as it is written: said beside it, crisis support one tap
        // away (docs/CLINICAL_SAFETY.md, H17).
        verify(findChild(page, "unwatchedNotice").visible);
        verify(findChild(page, "unwatchedGetHelp").visible);
        mouseClick(area);
        keyClick(Qt.Key_O);
        keyClick(Qt.Key_K);
        compare(area.text, "ok");
        next(page);
        verify(form.reviewing);
        const last = form.review.get(form.review.count - 1);
        compare(last.answer, "ok");
        compare(MeasuresTestDriver.draftAnswerCount(16), 1);
        // Back at the question, the saved text is there.
        form.goTo(form.count - 1);
        compare(findChild(page, "textAnswer").text, "ok");
    }

    // Forms whose session has passed are listed: "Not filled in" when missed, never hidden.
    function test_missedFormsAreShown() {
        verify(MeasuresTestDriver.setUpCourse(21)); // sessions 1-3 have been held
        verify(MeasuresTestDriver.submit("phq9", 1, "2,2,2,2,2,2,2,2,0"));
        verify(MeasuresTestDriver.submit("gad7", 1, "2,2,2,2,2,2,2"));
        verify(MeasuresTestDriver.submit("wsas", 1, "no,4,4,4,4,4"));
        verify(MeasuresTestDriver.submit("risk", 1, "0"));
        verify(MeasuresTestDriver.submit("sos10", 1, "3,3,3,3,3,3,3,3,3,3"));
        verify(MeasuresTestDriver.submit("rq", 1, "secure,5,3,3,3"));
        const stack = openHost();
        compare(Measures.pastForms.count, 3);
        compare(Measures.pastForms.get(0).session, 3);
        compare(Measures.pastForms.get(0).stateLabel, "Not filled in");
        compare(typeof Measures.pastForms.get(0).formState, "number");
        compare(Measures.pastForms.get(0).formState, Measures.Missed);
        compare(Measures.pastForms.get(2).formState, Measures.Done);
        compare(Measures.pastForms.get(2).stateLabel, "Filled in");
        verify(Measures.pastForms.get(2).summary.indexOf("PHQ-9 16") >= 0);
        verify(findChild(stack.currentItem, "pastForm_2") !== null);
        verify(!findChild(stack.currentItem, "correctForm_2").visible);
        verify(findChild(stack.currentItem, "correctForm_1").visible);
        // A form that can be corrected: its whole row is the one action (no button on every
        // row), named for what it does. One that cannot says why instead.
        const filled = findChild(stack.currentItem, "pastForm_1");
        const open = findChild(filled, "correctForm_1");
        compare(open.width, filled.width);
        compare(open.height, filled.height);
        verify(open.height >= 48);
        verify(open.activeFocusOnTab);
        const name = TestDriver.accessibleName(open);
        verify(name.indexOf("Open it to change an answer") >= 0, name);
        verify(name.indexOf("Filled in") >= 0, name);
        const missed = findChild(stack.currentItem, "pastForm_3");
        verify(findChild(missed, "pastFormClosed").visible);
        verify(!findChild(missed, "correctForm_3").visible);
        for (const row of [filled, missed]) {
            for (let i = 0; i < row.children.length; ++i)
                verify(row.children[i].text !== "Change", "no Change button on the row");
        }
    }

    // On a tablet the due form and progress sit beside the earlier forms, not above them; on
    // a phone they head the one list.
    function test_tabletShowsTwoColumns() {
        verify(MeasuresTestDriver.setUpCourse(21));
        verify(MeasuresTestDriver.submit("phq9", 1, "2,2,2,2,2,2,2,2,0"));
        const phone = openHost();
        verify(!phone.currentItem.twoColumns);
        verify(!findChild(phone.currentItem, "measuresSide").visible);
        const onPhone = findChild(phone.currentItem, "dueFormCard");
        verify(onPhone.mapToItem(phone, 0, 0).y < findChild(phone.currentItem, "pastForm_1").mapToItem(phone, 0, 0).y);
        phone.destroy();

        const stack = openHost();
        stack.width = 1280;
        stack.height = 800;
        const page = stack.currentItem;
        tryVerify(() => page.twoColumns);
        verify(findChild(page, "measuresSide").visible);
        waitForItemPolished(page.flickable);
        const due = findChild(findChild(page, "measuresSummaryBeside"), "dueFormCard");
        verify(due !== null && due.visible, "the due form is in the side column");
        verify(findChild(findChild(page, "measuresSummaryInList"), "dueFormCard") === null);
        const row = findChild(page, "pastForm_" + Measures.pastForms.get(0).session); // the top row
        const dueRight = due.mapToItem(stack, due.width, 0).x;
        verify(row.mapToItem(stack, 0, 0).x > dueRight, "the earlier forms are to its right");
        verify(row.mapToItem(stack, 0, 0).y < due.mapToItem(stack, 0, due.height).y, "and beside it, not below");
    }

    // A correction is a new response naming the one it replaces.
    function test_correctionKeepsBoth() {
        verify(MeasuresTestDriver.setUpCourse(14));
        verify(MeasuresTestDriver.submit("phq9", 1, "1,1,1,1,1,1,1,1,0"));
        const original = MeasuresTestDriver.lastResponse("phq9");
        const stack = openHost();
        tapInPage(stack.currentItem, findChild(stack.currentItem, "correctForm_1"));
        tryCompare(stack, "busy", false);
        const page = stack.currentItem;
        const form = Measures.form;
        verify(form.correction);
        compare(page.title, "Correcting session 1");
        compare(form.answeredCount, 9);
        answer(page, 3);
        form.showReview();
        tapInPage(page, findChild(page, "submitForm"));
        verify(form.submitted);
        const corrected = MeasuresTestDriver.lastResponse("phq9");
        compare(corrected.replaces, original.id);
        compare(corrected.total, 10);
        compare(MeasuresTestDriver.responseCount(), 2);
    }

    // PHQ-9 item 9 above "Not at all" flags the answer as it is given: crisis support opens at
    // once, before the next question, saying the app is not monitored and who can see the
    // answer (here: not paired, so no one unless shown). Once per form: not again when the
    // answer is changed, nor on submitting (docs/MEASURES.md, "A risk answer in a form").
    function test_riskAnswerOpensCrisisAtOnce() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const window = createTemporaryObject(main, tc);
        const rootStack = findChild(window.contentItem, "rootStack");
        window.showPage("form");
        const form = Measures.form;
        verify(form !== null);
        while (form.text.indexOf("better off dead") < 0)
            form.next();
        const item9 = form.position;
        compare(rootStack.depth, 1);
        form.choose("LA6569-3"); // Several days
        tryCompare(rootStack, "depth", 2);
        const crisis = rootStack.currentItem;
        compare(crisis.objectName, "crisisPage");
        verify(crisis.afterRiskAnswer);
        // Still at item 9: the next question has not been shown.
        compare(form.position, item9);
        // Saved and flagged at that moment.
        verify(form.riskAnswerGiven);
        compare(MeasuresTestDriver.draftAnswerCount(2), 1);
        const notice = findChild(crisis, "crisisRiskNotice");
        verify(notice.visible);
        verify(notice.text.indexOf("not monitored") >= 0);
        verify(notice.text.indexOf("This stays on your phone. Your therapist sees it only if you show them.") >= 0, notice.text);
        verify(notice.text.indexOf("will see") < 0, notice.text);
        verify(findChild(crisis, "crisisContact_0") !== null);
        tryCompare(rootStack, "busy", false);
        const goOn = findChild(crisis, "crisisGoOn");
        verify(goOn.visible);
        verify(goOn.height >= 48);
        verify(findChild(crisis, "crisisStop").visible);
        mouseClick(goOn);
        tryCompare(rootStack, "depth", 1);
        compare(Measures.form, form);
        compare(form.position, item9);
        // Changed and changed back: not shown again.
        form.choose("LA6568-5");
        form.choose("LA6570-1");
        answerRestWithFirst(form);
        verify(form.submit());
        verify(form.riskFlagged);
        wait(0);
        compare(rootStack.depth, 1);
        // The flag is in the stored record for the therapist's view.
        const phq = MeasuresTestDriver.lastResponse("phq9");
        verify(phq.risk);
        compare(phq.flags[0], "risk");
        verify(!MeasuresTestDriver.lastResponse("gad7").risk);
        // The thank-you says who can see the answers, from the real state; help is one tap away.
        verify(form.whoSees.indexOf("This stays on your phone") === 0, form.whoSees);
        verify(findChild(window.contentItem, "crisisButton").visible);
    }

    // "Stop for now": the form closes, its answers (the risk answer with them) kept.
    function test_riskAnswerThenStopForNow() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const window = createTemporaryObject(main, tc);
        const rootStack = findChild(window.contentItem, "rootStack");
        window.showPage("form");
        const form = Measures.form;
        while (form.text.indexOf("harming yourself or of ending your life") < 0)
            form.next();
        verify(form.help.indexOf("does not alert anyone") >= 0);
        form.choose("LA33-6"); // Yes
        tryCompare(rootStack, "depth", 2);
        verify(rootStack.currentItem.afterRiskAnswer);
        tryCompare(rootStack, "busy", false);
        mouseClick(findChild(rootStack.currentItem, "crisisStop"));
        tryCompare(rootStack, "depth", 1);
        compare(Measures.form, null);
        compare(MeasuresTestDriver.draftAnswerCount(2), 1);
        compare(Measures.dueState, Measures.InProgress);
        // Opened again: carries on, and crisis support is not shown a second time.
        verify(Measures.openDueForm());
        compare(Measures.form.selected, "LA33-6");
        Measures.form.choose("LA33-6");
        Measures.form.choose("LA33-6");
        wait(0);
        compare(rootStack.depth, 1);
    }

    // A correction whose original has a risk answer: changing another answer does not open
    // crisis support; only a risk answer given now does.
    function test_correctionOpensCrisisOnlyForAnAnswerGivenNow() {
        verify(MeasuresTestDriver.setUpCourse(14));
        verify(MeasuresTestDriver.submit("phq9", 1, "1,1,1,1,1,1,1,1,1"));
        const window = createTemporaryObject(main, tc);
        const rootStack = findChild(window.contentItem, "rootStack");
        verify(Measures.openCorrection(1));
        const form = Measures.form;
        verify(form.riskAnswerGiven);
        form.chooseIndex(2); // item 1
        wait(0);
        compare(rootStack.depth, 1);
        while (form.text.indexOf("better off dead") < 0)
            form.next();
        form.chooseIndex(3); // item 9: Nearly every day, given now
        tryCompare(rootStack, "depth", 2);
    }

    // An unanswered safety question is pointed out on the review, with a way back to it; the
    // form can still be submitted.
    function test_reviewPointsOutUnansweredSafetyQuestion() {
        verify(MeasuresTestDriver.setUpCourse(7));
        const stack = openHost();
        const page = startForm(stack);
        const form = Measures.form;
        while (!form.reviewing) {
            if (form.text.indexOf("better off dead") < 0 && !form.isText && form.selected === "")
                form.chooseIndex(0);
            form.next();
        }
        const note = findChild(page, "reviewSafetyUnanswered");
        verify(note.visible);
        compare(form.unansweredSafetyStep, 8);
        verify(form.unansweredSafetyQuestion.indexOf("better off dead") >= 0);
        tapInPage(page, findChild(page, "reviewGoToSafety"));
        verify(!form.reviewing);
        compare(form.position, 8);
        form.showReview();
        verify(findChild(page, "submitForm").enabled);
        form.goTo(8);
        form.chooseIndex(0);
        form.showReview();
        compare(form.unansweredSafetyStep, -1);
        verify(!findChild(page, "reviewSafetyUnanswered").visible);
    }

    // Opened from the Get help button, crisis support has no therapist notice.
    function test_crisisFromButtonHasNoNotice() {
        const window = createTemporaryObject(main, tc);
        const rootStack = findChild(window.contentItem, "rootStack");
        Nav.crisisRequested();
        compare(rootStack.depth, 2);
        verify(!rootStack.currentItem.afterRiskAnswer);
        verify(!findChild(rootStack.currentItem, "crisisRiskNotice").visible);
    }
}
