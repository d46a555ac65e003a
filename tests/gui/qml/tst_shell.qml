import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The unlocked frame: destinations, phone and tablet layouts, crisis support everywhere.
TestCase {
    id: tc
    name: "Shell"
    width: 1280
    height: 915
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        AppShell {}
    }
    Component {
        id: mainComponent
        Main {}
    }
    SignalSpy {
        id: crisisSpy
        target: Nav
        signalName: "crisisRequested"
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        crisisSpy.clear();
    }

    Component {
        id: threeFields
        Item {
            Item { objectName: "a"; activeFocusOnTab: true }
            Item { objectName: "b"; activeFocusOnTab: true }
            Item { objectName: "c"; activeFocusOnTab: true }
        }
    }

    // FocusOrder.putFirst moves an item to the front of its parent's children, so Tab reaches
    // it first (the header's crisis support before the page).
    function test_focusOrderPutsAnItemFirstInTheTabChain() {
        const row = createTemporaryObject(threeFields, tc);
        const c = row.children[2];
        compare(row.children[0].nextItemInFocusChain(true).objectName, "b");
        FocusOrder.putFirst(c);
        compare(row.children.length, 3);
        compare(row.children[0].objectName, "c");
        compare(row.children[1].objectName, "a");
        compare(c.nextItemInFocusChain(true).objectName, "a");
        FocusOrder.putFirst(null); // nothing to move: no harm
        compare(row.children[0].objectName, "c");
    }

    function makeShell(w, h) {
        return createTemporaryObject(shellComponent, tc, { width: w, height: h });
    }

    function test_phoneUsesBottomBar() {
        const shell = makeShell(412, 915);
        verify(!shell.wide);
        verify(shell.footer.visible);
        const home = findChild(shell.footer, "nav_home");
        verify(home !== null);
        verify(home.height >= 48);
    }

    function test_tabletUsesSideRail() {
        const shell = makeShell(1280, 800);
        verify(shell.wide);
        verify(!shell.footer.visible);
    }

    function test_everyDestinationHasItsTitleAndCrisisSupport_data() {
        return [
            { tag: "home", index: 0, title: "Home" },
            { tag: "measures", index: 1, title: "Measures" },
            { tag: "learn", index: 2, title: "Learn" },
            { tag: "letter", index: 3, title: "Letter" },
            { tag: "settings", index: 4, title: "Settings" }
        ];
    }

    function test_everyDestinationHasItsTitleAndCrisisSupport(data) {
        const shell = makeShell(412, 915);
        mouseClick(findChild(shell.footer, "nav_" + data.tag));
        compare(shell.currentIndex, data.index);
        compare(shell.header.title, data.title);
        const crisis = findChild(shell.header, "crisisButton");
        verify(crisis.visible);
        verify(crisis.height >= 48);
        mouseClick(crisis);
        compare(crisisSpy.count, 1);
    }

    function test_showByKey() {
        const shell = makeShell(412, 915);
        shell.show("letter");
        compare(shell.currentIndex, 3);
    }

    // A title is never cut short (it once read "Breaks and cha…" at 200%): beside Back and
    // Get help in up to two lines, the bar growing to hold them, or on a line of its own under
    // them; the buttons stay on their one row and the whole text is the accessible name.
    // Also run at 200% text (qml_tst_shell_font200).
    function test_longTitleReadsWhole_data() {
        return [
            { tag: "short", title: "Notes", beside: true },
            // At 200% on a phone, in the embedded face, two lines beside the buttons.
            { tag: "two words a line", title: "Breaks and changes", beside: true },
            { tag: "pseudo", title: "⟦Çĥáñĝé ɱý ƒöçüš ļöŕéɱ îƥšüɱ ðöļöŕ šîţ åɱéţ çöñšéçţéţüŕ⟧", beside: false },
            { tag: "one long word", title: "Psychotherapieeinverständniserklärungsformular", beside: false }
        ];
    }
    function test_longTitleReadsWhole(data) {
        const shell = makeShell(412, 915);
        const header = shell.header;
        header.canGoBack = true;
        header.title = "Notes";
        const oneLine = header.height;
        header.title = data.title;
        const title = findChild(header, "headerTitle");
        const crisis = findChild(header, "crisisButton");
        const back = findChild(header, "backButton");
        verify(!title.truncated, "cut short");
        verify(title.contentWidth <= title.width + 1, "painted " + title.contentWidth + " in " + title.width);
        compare(TestDriver.accessibleName(title), data.title);
        const t = title.mapToItem(header, 0, 0, title.width, title.height);
        const c = crisis.mapToItem(header, 0, 0, crisis.width, crisis.height);
        const b = back.mapToItem(header, 0, 0, back.width, back.height);
        verify(t.x >= 0 && t.x + t.width <= header.width && t.y + t.height <= header.height, "inside the bar: " + t);
        const overlap = (r, q) => r.x < q.x + q.width && q.x < r.x + r.width && r.y < q.y + q.height && q.y < r.y + r.height;
        verify(!overlap(t, c), "clear of Get help: " + t + " " + c);
        verify(!overlap(t, b), "clear of Back: " + t + " " + b);
        // Back and Get help on one row, at the top of the bar.
        compare(Math.round(b.y + b.height / 2), Math.round(c.y + c.height / 2));
        verify(c.y < oneLine);
        if (data.beside) {
            verify(title.lineCount <= 2);
            verify(t.y < c.y + c.height, "beside the buttons: " + t);
        } else {
            verify(t.y >= c.y + c.height && t.y >= b.y + b.height, "under the buttons: " + t);
        }
        // A sensible height: the buttons' row, and the title's lines when it is below them.
        const lines = title.lineCount * title.font.pixelSize * 1.5;
        const rowHeight = Math.max(c.height, b.height, Theme.touchTarget, data.beside ? lines : 0);
        verify(header.height <= 2 * Theme.spacingSmall + rowHeight + (data.beside ? 0 : Theme.spacingSmall + lines),
               "header " + header.height + " for " + title.lineCount + " lines");
        if (data.tag === "short")
            compare(header.height, oneLine);
    }

    // The bar is as tall without buttons (a therapist's caseload: no Back, Get help in the
    // side rail) as with them, so the title does not jump when a patient is opened.
    function test_headerHeightWithoutButtons() {
        const shell = makeShell(412, 915);
        shell.header.canGoBack = true;
        shell.header.title = "A.K.";
        const withButtons = shell.header.implicitHeight;
        verify(withButtons >= 48); // a touch target
        shell.header.canGoBack = false;
        shell.header.helpInHeader = false;
        shell.header.title = "Caseload";
        compare(shell.header.implicitHeight, withButtons);
    }

    // A store that could only be opened for reading: a calm banner with the core's reason,
    // in both roles, named for screen readers, and nothing when saving works.
    function test_savingPausedBanner_data() {
        const readOnly = "the data store or its folder is read-only";
        const noRoom = "there is not enough free space on this device";
        const reading = "You can still read everything. To save again, ";
        const relock = ", then lock and unlock the app.";
        const rows = [];
        for (const role of ["patient", "therapist"]) {
            rows.push({ tag: role + ", read-only", role: role, reason: readOnly, noRoom: false,
                        words: "Saving is paused: " + readOnly + ". " + reading
                               + "make the folder writable" + relock });
            rows.push({ tag: role + ", full disk", role: role, reason: noRoom, noRoom: true,
                        words: "Saving is paused: " + noRoom + ". " + reading
                               + "free some space" + relock });
        }
        return rows;
    }
    function test_savingPausedBanner(data) {
        let shell = makeShell(412, 915);
        const calm = findChild(shell, "savingPausedBanner");
        verify(!calm.visible);
        compare(Session.savingPausedReason, "");
        shell.destroy();

        verify(TestDriver.lockedProfile("correct horse battery", data.role));
        verify(TestDriver.unlockWithSavingPaused("correct horse battery", data.reason, data.noRoom));
        tryCompare(Session, "state", Session.Unlocked);
        compare(Session.role, data.role);
        compare(Session.savingPausedForRoom, data.noRoom);
        shell = makeShell(412, 915);
        const banner = findChild(shell, "savingPausedBanner");
        verify(banner.visible);
        const words = data.words;
        compare(banner.text, words);
        compare(TestDriver.accessibleName(banner), words);
        verify(banner.height > 0);
        // Persistent: still there on another destination; the pages start below it.
        mouseClick(findChild(shell.footer, "nav_settings"));
        verify(banner.visible);
        verify(shell.currentStack.mapToItem(shell.contentItem, 0, 0).y >= banner.y + banner.height);

        // Locked and unlocked again with room to write: gone.
        Session.lock();
        shell.destroy();
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        compare(Session.savingPausedReason, "");
        verify(!Session.savingPausedForRoom);
        shell = makeShell(412, 915);
        verify(!findChild(shell, "savingPausedBanner").visible);
    }
    // Task flows have no escape hatch (docs/ARCHITECTURE.md, "Task flows"): a page a person
    // completes or cancels hides the tab bar (phone) and the side rail (tablet), with Get help
    // still the first thing Tab reaches; a page a person browses keeps them. Every such route
    // of both roles, opened in the real window as --page does.
    function taskFlowProblems(tasks, browsing) {
        let problems = [];
        for (const size of [[412, 915], [1280, 800]]) {
            for (const key of tasks.concat(browsing)) {
                const task = tasks.indexOf(key) >= 0;
                const window = createTemporaryObject(mainComponent, tc, { width: size[0], height: size[1] });
                const shell = findChild(window.contentItem, "appShell");
                verify(shell !== null);
                window.showPage(key);
                tryVerify(() => shell.currentStack !== null && !shell.currentStack.busy);
                const label = size[0] + " " + key + ": ";
                const nav = size[0] < 1000 ? shell.footer : findChild(shell, "sideRail");
                if (nav.visible === task)
                    problems.push(label + (task ? "the tab bar shows in a task" : "no tab bar while browsing"));
                if (task && shell.currentStack.depth < 2)
                    problems.push(label + "the task did not open");
                const first = window.contentItem.nextItemInFocusChain(true);
                if (!first || first.objectName !== "crisisButton")
                    problems.push(label + "first in the focus order is " + (first ? first.objectName : "nothing"));
                window.destroy();
            }
        }
        return problems;
    }

    function test_taskFlowsHaveNoTabBar_patient() {
        verify(TestDriver.fillDemo("after")); // a letter and a reply to write
        const problems = taskFlowProblems(
            ["note-new", "focus-edit", "course-setup", "course-weeks", "sync-pair", "letter-reply",
             "backup", "restore", "change-passphrase"],
            ["home", "notes", "focus", "focus-history", "measures", "settings"]);
        verify(problems.length === 0, problems.join("\n"));
    }

    function test_taskFlowsHaveNoTabBar_therapist() {
        verify(TestDriver.lockedProfile("therapist passphrase", "therapist"));
        Session.unlock("therapist passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("therapist"));
        Caseload.refresh();
        tryVerify(() => Caseload.patients.count > 0, 10000);
        const problems = taskFlowProblems(
            ["caseload-export", "patient-focus-edit", "patient-letter-edit",
             "patient-sessions", "patient-file", "patient-export", "patient-pair", "patient-add",
             "backup", "change-passphrase"],
            ["caseload", "patient-focus"]);
        verify(problems.length === 0, problems.join("\n"));
    }
}
