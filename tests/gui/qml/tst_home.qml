import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Home (docs/COURSE.md): no course yet, before the first session, in the middle, finished; the
// phase card, and the way to the course setup, My focus and On my mind.
TestCase {
    id: tc
    name: "Home"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView {
            width: tc.width
            height: tc.height
            initialItem: HomePage {}
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
        TestDriver.setLocalNow("2026-04-11T12:00:00"); // a Saturday
    }

    function makeHome() {
        const stack = createTemporaryObject(stackComponent, tc);
        verify(stack);
        return stack;
    }

    function test_withoutACourseItSaysHowToStart() {
        const stack = makeHome();
        const page = stack.currentItem;
        verify(findChild(page, "homeNoCourse").visible);
        verify(!findChild(page, "homeHeadline").visible);
        verify(!findChild(page, "homeDueForm").visible); // nothing due without sessions
        verify(!findChild(page, "homeNextSession").visible);
        compare(CourseOverview.stage, CourseOverview.NoCourse);
        // The beginning's card is still there: something to read while waiting.
        compare(findChild(page, "homePhaseText").text, CourseOverview.phaseText);
        const start = findChild(page, "setUpCourse");
        verify(start.height >= 48);
        mouseClick(reveal(start));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(stack.currentItem.objectName, "courseSetupPage");
    }

    // The issue's example: heading to session 7 of 16, nine after it.
    function test_inTheMiddleOfTheCourse() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const page = makeHome().currentItem;
        verify(!findChild(page, "homeNoCourse").visible);
        compare(findChild(page, "homeHeadline").text, "Session 7 of 16 · Middle phase");
        const next = findChild(page, "homeNextSession").text;
        verify(next.indexOf("13 April 2026") >= 0, next);
        verify(next.indexOf("10:00") >= 0, next);
        verify(next.indexOf("in 2 days") >= 0, next);
        verify(findChild(page, "homeRemaining").text.indexOf("9 more sessions") >= 0);
        verify(findChild(page, "homePhaseText").text.indexOf("say less and listen more") >= 0);
        compare(CourseOverview.sessionMarks.length, 16);
        compare(CourseOverview.sessionMarks[5], CourseOverview.Done);
        compare(CourseOverview.sessionMarks[6], CourseOverview.Now);
        compare(CourseOverview.sessionMarks[7], CourseOverview.Ahead);
        compare(findChild(page, "homeDots").Accessible.name, "6 of 16 sessions have happened.");
        verify(findChild(page, "openCourseSetup").visible);
        // This week's form is on Home too (the measures feature's card): session 7's form
        // opens 72 hours before Monday 13 April 10:00, so on Saturday 11 April it is ready.
        const due = findChild(page, "homeDueForm");
        verify(due.visible);
        tryCompare(Measures, "dueSession", 7);
        compare(Measures.dueState, Measures.Ready);
    }

    function test_timePassingMovesHomeOn() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const page = makeHome().currentItem;
        TestDriver.setLocalNow("2026-05-30T12:00:00");
        CourseOverview.refresh(); // the view model also does this once a minute
        compare(findChild(page, "homeHeadline").text, "Session 14 of 16 · Ending phase");
        verify(findChild(page, "homePhaseText").text.indexOf("goodbye letter") >= 0);
    }

    function test_beforeTheFirstSession() {
        TestDriver.setLocalNow("2026-02-27T12:00:00");
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const page = makeHome().currentItem;
        compare(CourseOverview.stage, CourseOverview.Upcoming);
        compare(findChild(page, "homeHeadline").text, "Before your first session");
        verify(findChild(page, "homeNextSession").text.indexOf("Your first session is on Monday, 2 March 2026") >= 0);
    }

    function test_finishedCourse() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        TestDriver.setLocalNow("2026-07-01T12:00:00");
        CourseOverview.refresh();
        const page = makeHome().currentItem;
        compare(CourseOverview.stage, CourseOverview.Finished);
        compare(findChild(page, "homeHeadline").text, "Your sessions have ended");
        verify(!findChild(page, "homeNextSession").visible);
        verify(findChild(page, "homeRemaining").text.indexOf("15 June 2026") >= 0);
        compare(CourseOverview.phaseArticleId, "after-therapy");
    }

    // A course that arrives from elsewhere (the therapist, an import) just appears.
    function test_aCourseRecordFromElsewhereAppears() {
        const page = makeHome().currentItem;
        verify(findChild(page, "homeNoCourse").visible);
        verify(TestDriver.saveCourse(28, "2026-03-02", "10:00"));
        verify(!findChild(page, "homeNoCourse").visible);
        compare(findChild(page, "homeHeadline").text, "Session 7 of 28 · Beginning phase");
    }

    function test_readMoreOpensThePhasePiece() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const stack = makeHome();
        mouseClick(reveal(findChild(stack.currentItem, "homeReadMore")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(stack.currentItem.objectName, "learnArticlePage");
        compare(stack.currentItem.articleId, "phase-middle");
        compare(findChild(stack.currentItem, "articleTitle").text, "The middle");
    }

    function test_focusAndNotesAreReachable_data() {
        return [{ tag: "focus", button: "openFocus", page: "focusPage" },
                { tag: "notes", button: "openNotes", page: "notesPage" }];
    }

    function test_focusAndNotesAreReachable(data) {
        const stack = makeHome();
        const button = findChild(stack.currentItem, data.button);
        verify(button.height >= 48);
        verify(button.Accessible.name.length > 0);
        button.forceActiveFocus();
        keyClick(Qt.Key_Space); // keyboard operable
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(stack.currentItem.objectName, data.page);
    }

    // Locking clears what Home shows.
    function test_lockingClearsHome() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        compare(CourseOverview.stage, CourseOverview.Active);
        Session.lock();
        compare(CourseOverview.stage, CourseOverview.NoCourse);
        compare(CourseOverview.headline.indexOf("Session"), -1);
    }
}
