import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// After therapy, Home becomes the letter: once the last session has passed (a manual clock
// moves past it) or when the person chooses. The rule is C++ (LetterHome.active).
TestCase {
    id: tc
    name: "LetterHome"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: shellComponent
        AppShell {}
    }
    Component {
        id: letterPageComponent
        LetterPage {
            width: tc.width
            height: tc.height
        }
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    // Scrolls a control into view, then clicks it as a person would.
    function tap(page, item) {
        const y = item.mapToItem(page.flickable.contentItem, 0, 0).y;
        page.flickable.contentY = Math.max(0, Math.min(y - 100, page.flickable.contentHeight - page.flickable.height));
        waitForRendering(page);
        mouseClick(item);
    }

    function homeOf(shell) {
        shell.show("home");
        return shell.currentStack.currentItem;
    }

    function test_homeBecomesTheLetterWhenTheLastSessionHasPassed() {
        // Heading to session 14 of 16, with the draft letter from session 13.
        verify(TestDriver.fillDemo("ending"));
        verify(!LetterHome.active);
        const shell = createTemporaryObject(shellComponent, tc, { width: 412, height: 915 });
        compare(homeOf(shell).objectName, "homePage");
        // Three weeks on, the last session has ended.
        TestDriver.advanceClock(21 * 24 * 3600);
        LetterHome.refresh();
        verify(LetterHome.active);
        tryCompare(shell.currentStack.currentItem, "objectName", "letterHomePage");
        compare(shell.header.title, "Home");
        // The person can choose to keep the course on Home.
        LetterHome.choice = "course";
        compare(TestDriver.setting("letter_home"), "course");
        verify(!LetterHome.active);
        tryCompare(shell.currentStack.currentItem, "objectName", "homePage");
        LetterHome.choice = "automatic";
    }

    function test_thePersonCanChooseTheLetterEarly() {
        verify(TestDriver.fillDemo("ending"));
        const page = createTemporaryObject(letterPageComponent, tc);
        tap(page, findChild(page, "home_letter"));
        compare(LetterHome.choice, "letter");
        verify(LetterHome.active);
        const shell = createTemporaryObject(shellComponent, tc, { width: 412, height: 915 });
        compare(homeOf(shell).objectName, "letterHomePage");
        LetterHome.choice = "automatic";
    }

    function test_noLetterNoSwitch() {
        verify(TestDriver.fillDemo("middle"));
        TestDriver.advanceClock(200 * 24 * 3600);
        LetterHome.refresh();
        verify(!LetterHome.active);
        TestDriver.advanceClock(-200 * 24 * 3600);
    }

    function test_letterHomeShowsTheLetterReplyAndMarkedMoments() {
        verify(TestDriver.fillDemo("after"));
        verify(LetterHome.active);
        const shell = createTemporaryObject(shellComponent, tc, { width: 412, height: 915 });
        const home = homeOf(shell);
        compare(home.objectName, "letterHomePage");
        verify(findChild(home, "homeReadLetter").visible);
        verify(findChild(home, "homeReadReply").visible);
        const moment = findChild(home, "moment_0");
        verify(moment !== null);
        verify(moment.height >= 48);
        // In the order they come in the letter.
        compare(moment.quoteText, "saying so felt dangerous");
        compare(findChild(home, "moment_2").quoteText, "You were never a spare chair here.");
        // A moment opens the letter.
        mouseClick(moment);
        tryCompare(shell.currentStack.currentItem, "objectName", "letterReadPage");
    }

    // Keep a copy: the file chooser opens, and the page then says where the copy went, or
    // that nothing was saved.
    function test_keepACopySaysWhereItWentOrWhyNot() {
        verify(TestDriver.fillDemo("after"));
        const page = createTemporaryObject(letterPageComponent, tc);
        const dialog = findChild(page, "letterSaveDialog");
        const message = findChild(page, "exportMessage");
        verify(dialog && message);
        const path = TestDriver.outsidePath("kept-letter.txt");
        dialog.selectedFile = "file://" + path;
        tap(page, findChild(page, "exportText"));
        tryVerify(() => dialog.visible, 3000, "the file chooser opens");
        dialog.accept();
        tryVerify(() => message.text.indexOf(path) >= 0, 3000, message.text);
        verify(message.text.indexOf("Saved to") === 0, message.text);
        verify(TestDriver.fileExists(path));

        tap(page, findChild(page, "exportPdf"));
        tryVerify(() => dialog.visible, 3000);
        dialog.reject();
        tryCompare(message, "text", "Nothing was saved.");
    }

    // The letter's card has one main action; versions, what changed and typing in a version
    // given on paper are in its More… menu, the last saying "paper" in its words.
    function test_theLetterCardHasOneMainAction() {
        verify(TestDriver.fillDemo("after"));
        const page = createTemporaryObject(letterPageComponent, tc);
        const card = findChild(page, "letterCard");
        verify(findChild(card, "readLetter").visible);
        verify(findChild(card, "readLetter").primary);
        const more = findChild(card, "letterMoreButton");
        verify(more.visible && !more.primary);
        const menu = findChild(card, "letterCardMenu");
        verify(!menu.visible);
        tap(page, more);
        tryVerify(() => menu.opened, 3000, "the menu opens");
        const item = name => {
            for (let i = 0; i < menu.count; ++i)
                if (menu.itemAt(i).objectName === name)
                    return menu.itemAt(i);
            return null;
        };
        const paper = item("typeNewVersion");
        verify(paper.visible && paper.text.indexOf("paper") >= 0, paper.text);
        verify(item("letterVersions").visible, "the demo letter has two versions");
        verify(item("letterChanges").visible);
        menu.close();
    }

    function test_rereadReminderSetting() {
        verify(TestDriver.fillDemo("after"));
        const page = createTemporaryObject(letterPageComponent, tc);
        compare(LetterHome.reread, "off");
        compare(findChild(page, "nextReread").visible, false);
        tap(page, findChild(page, "reread_yearly"));
        compare(TestDriver.setting("letter_reread"), "yearly");
        // The next reminder is on the anniversary of the last session; it names nothing.
        verify(LetterHome.nextRereadText.indexOf("2027") >= 0);
        verify(LetterHome.nextRereadText.indexOf("letter") < 0);
        LetterHome.reread = "off";
    }
}
