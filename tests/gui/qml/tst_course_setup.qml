import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Course setup (docs/COURSE.md): entering a course, editing it (each save a new version), marking
// breaks, cancellations, missed and moved sessions, and refusing what cannot be.
TestCase {
    id: tc
    name: "CourseSetup"
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
    Component {
        id: setupComponent
        CourseSetupPage {}
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
        TestDriver.setLocalNow("2026-03-01T12:00:00");
    }

    function openSetup() {
        const stack = createTemporaryObject(stackComponent, tc);
        mouseClick(reveal(findChild(stack.currentItem, "setUpCourse")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        return stack;
    }

    // Types a number into a date or time part, key by key, as a person would.
    function type(part, value) {
        part.input.forceActiveFocus();
        part.input.selectAll();
        for (const c of String(value))
            keyClick(c);
    }

    function pick(combo, index) {
        combo.currentIndex = index;
        combo.activated(index);
    }

    function test_enterANewCourse() {
        const stack = openSetup();
        const page = stack.currentItem;
        verify(CourseSetup.isNew);
        compare(CourseSetup.totalSessions, 16); // the default
        mouseClick(reveal(findChild(page, "sessions28")));
        compare(CourseSetup.totalSessions, 28);
        // Monday 2 March 2026 at 10:30.
        type(findChild(page, "firstDateYear"), 2026);
        type(findChild(page, "firstDateMonth"), 3);
        type(findChild(page, "firstDateDay"), 2);
        type(findChild(page, "sessionTimeHour"), 10);
        type(findChild(page, "sessionTimeMinute"), 30);
        compare(CourseSetup.firstDay, 2);
        compare(CourseSetup.minute, 30);
        const preview = findChild(page, "coursePreview").text;
        verify(preview.indexOf("28 sessions") === 0, preview);
        verify(preview.indexOf("Monday") > 0, preview);
        verify(preview.indexOf("10:30") > 0, preview);
        compare(TestDriver.courseVersions(), 0);
        mouseClick(reveal(findChild(page, "courseSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.courseVersions(), 1);
        // Home shows it at once.
        compare(CourseOverview.stage, CourseOverview.Upcoming);
        compare(CourseOverview.totalSessions, 28);
    }

    function test_anImpossibleDateIsRefused() {
        const page = openSetup().currentItem;
        type(findChild(page, "firstDateMonth"), 2); // February
        type(findChild(page, "firstDateDay"), 31);
        compare(findChild(page, "firstDateDay").input.text, "31"); // kept, with the message
        verify(findChild(page, "courseProblem").text.indexOf("does not exist") >= 0);
    }

    function test_editingKeepsHistory() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(setupComponent);
        settle(stack);
        const page = stack.currentItem;
        verify(!CourseSetup.isNew);
        verify(!findChild(page, "courseSave").enabled); // nothing changed yet
        mouseClick(reveal(findChild(page, "sessionsOther")));
        const count = findChild(page, "sessionsCount");
        verify(count.visible);
        count.value = 20;
        count.valueModified();
        compare(CourseSetup.totalSessions, 20);
        verify(findChild(page, "courseSave").enabled);
        mouseClick(reveal(findChild(page, "courseSave")));
        tryCompare(stack, "depth", 1);
        settle(stack);
        compare(TestDriver.courseVersions(), 2);
        compare(CourseOverview.totalSessions, 20);
    }

    // Breaks and cancellations move the rest a week later; missed sessions count; a
    // session can move within its week.
    function test_weeksCanBeMarked() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        TestDriver.setLocalNow("2026-03-20T12:00:00"); // sessions 1-3 have happened
        CourseSetup.reset();
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(setupComponent);
        settle(stack);
        compare(findChild(stack.currentItem, "openCourseWeeks").detail, "No breaks or changes yet.");
        mouseClick(reveal(findChild(stack.currentItem, "openCourseWeeks")));
        tryCompare(stack, "depth", 3);
        settle(stack);
        const weeks = stack.currentItem;
        compare(weeks.objectName, "courseWeeksPage");

        // Week 6 (6 April) is a planned break.
        const mark5 = findChild(weeks, "week_5_mark");
        const breakIndex = mark5.model.findIndex(c => c.key === CourseWeeksModel.Break);
        verify(breakIndex >= 0);
        // A future week cannot be marked missed.
        compare(mark5.model.findIndex(c => c.key === CourseWeeksModel.Missed), -1);
        pick(mark5, breakIndex);
        verify(findChild(weeks, "week_5_detail").text.indexOf("Planned break") === 0);
        // The weeks after it shift: there is now a week without a session in the list.
        compare(findChild(weeks, "week_6").title, "Session 6");
        compare(findChild(weeks, "week_6").dateText.indexOf("13 April") >= 0, true);

        // Session 2 was missed (a past week can be).
        const mark1 = findChild(weeks, "week_1_mark");
        pick(mark1, mark1.model.findIndex(c => c.key === CourseWeeksModel.Missed));
        verify(findChild(weeks, "week_1_detail").text.indexOf("still counts") >= 0);

        // Session 8 moved to the Wednesday of its week.
        const mark8 = findChild(weeks, "week_8_mark");
        pick(mark8, mark8.model.findIndex(c => c.key === CourseWeeksModel.Moved));
        const day = findChild(weeks, "week_8_moveDay");
        verify(day.visible);
        pick(day, day.model.findIndex(d => d.offset === 2));
        verify(findChild(weeks, "week_8_detail").text.indexOf("Moved to Wednesday") === 0);

        mouseClick(reveal(findChild(weeks, "weeksSave")));
        tryCompare(stack, "depth", 2);
        settle(stack);
        compare(TestDriver.courseVersions(), 2);
        compare(CourseSetup.marksSummary, "1 planned break, 1 missed, 1 moved.");
        // The course now ends a week later.
        TestDriver.setLocalNow("2026-06-20T12:00:00");
        CourseOverview.refresh();
        compare(CourseOverview.headline, "Session 16 of 16 · Ending phase");
    }

    // A session title that wraps pushes the rest of its row down: nothing is drawn over it
    // (narrow phone or large text; the row once kept one line's height).
    function test_aWrappedTitlePushesTheRowDown() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        CourseSetup.reset();
        const stack = createTemporaryObject(stackComponent, tc);
        stack.width = 220;
        stack.push(setupComponent);
        settle(stack);
        mouseClick(reveal(findChild(stack.currentItem, "openCourseWeeks")));
        tryCompare(stack, "depth", 3);
        settle(stack);
        const weeks = stack.currentItem;
        const bottom = item => item.mapToItem(weeks, 0, item.height).y;
        const top = item => item.mapToItem(weeks, 0, 0).y;
        for (const i of [0, 5, 15]) {
            const title = findChild(weeks, "week_" + i + "_title");
            const detail = findChild(weeks, "week_" + i + "_detail");
            const mark = findChild(weeks, "week_" + i + "_mark");
            verify(title.lineCount > 1, "title of week " + i + " wraps");
            compare(title.height, title.implicitHeight);
            verify(top(detail) >= bottom(title), "detail below the title in week " + i);
            verify(top(mark) >= bottom(detail), "choice below the words in week " + i);
            if (i < 15)
                verify(top(findChild(weeks, "week_" + (i + 1))) >= bottom(mark), "week " + (i + 1) + " below");
        }
    }
}
