import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Reminder settings (docs/COURSE.md): on and off, kept in the store, scheduled from the course
// with neutral words, and an honest message when the device cannot show them.
TestCase {
    id: tc
    name: "Reminders"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: settingsComponent
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }

    // Scrolls the page so `item` is on screen, as a person would.
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

    function init() {
        TestDriver.setRemindersAvailable(true);
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        TestDriver.setLocalNow("2026-04-11T12:00:00");
    }

    function test_scheduledFromTheCourse() {
        compare(TestDriver.pendingReminders(), 0);
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        verify(TestDriver.pendingReminders() > 0);
        compare(TestDriver.firstReminderText(), "There is something new to look at when you have a moment.");
        const page = createTemporaryObject(settingsComponent, tc);
        // Session 8 is Monday 20 April at 10:00; its form opens 72 hours before (FormPlanner).
        verify(findChild(page, "reminderNext").text.indexOf("17 April 2026 at 10:00") >= 0);
        verify(findChild(page, "reminderWording").text.indexOf("never mention therapy") >= 0);
    }

    function test_switchesAreKept() {
        verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const page = createTemporaryObject(settingsComponent, tc);
        const form = findChild(page, "reminderFormOpening");
        const dayBefore = findChild(page, "reminderDayBefore");
        verify(form.checked);
        verify(!dayBefore.checked);
        const before = TestDriver.pendingReminders();
        mouseClick(reveal(dayBefore.control));
        verify(Reminders.dayBefore);
        compare(TestDriver.setting("reminders.dayBefore"), "1");
        verify(TestDriver.pendingReminders() > before);
        mouseClick(reveal(form.control));
        mouseClick(reveal(dayBefore.control));
        compare(TestDriver.setting("reminders.formOpening"), "0");
        compare(TestDriver.pendingReminders(), 0);
        compare(findChild(page, "reminderNext").text, "");
    }

    function test_example() {
        const page = createTemporaryObject(settingsComponent, tc);
        const shown = TestDriver.shownReminders();
        mouseClick(reveal(findChild(page, "reminderExample")));
        compare(TestDriver.shownReminders(), shown + 1);
        verify(findChild(page, "reminderMessage").text.indexOf("was shown") >= 0);
    }

    function test_unavailableIsSaidPlainly() {
        TestDriver.setRemindersAvailable(false);
        Reminders.refresh();
        const page = createTemporaryObject(settingsComponent, tc);
        verify(!Reminders.available);
        verify(findChild(page, "reminderUnavailable").text.length > 0);
        verify(!findChild(page, "reminderExample").visible);
    }
}
