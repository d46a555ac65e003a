import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// Learn (docs/COURSE.md): the current phase's pieces first, opening and reading a piece, search,
// and read state kept in the store.
TestCase {
    id: tc
    name: "Learn"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: stackComponent
        StackView {
            width: tc.width
            height: tc.height
            initialItem: LearnPage {}
        }
    }

    Component {
        id: articleComponent
        LearnArticlePage {}
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
        TestDriver.setLocalNow("2026-04-11T12:00:00");
        Library.query = "";
    }

    function cleanup() {
        Library.query = "";
    }

    function yOf(page, name) {
        const item = findChild(page, name);
        verify(item, name);
        return item.mapToItem(page, 0, 0).y;
    }

    function test_currentPhaseFirst_data() {
        return [{ tag: "no course", course: false, first: "what-is-dit", later: "phase-middle" },
                { tag: "middle", course: true, first: "phase-middle", later: "what-is-dit" }];
    }

    function test_currentPhaseFirst(data) {
        if (data.course)
            verify(TestDriver.saveCourse(16, "2026-03-02", "10:00"));
        const page = createTemporaryObject(stackComponent, tc).currentItem;
        compare(findChild(page, "learnSection_0").text, "For where you are now");
        verify(yOf(page, "article_" + data.first) < yOf(page, "article_" + data.later));
        // Crisis help is always in the first group.
        verify(yOf(page, "article_crisis-help") < yOf(page, "article_" + data.later));
    }

    function test_openAndReadAPiece() {
        const stack = createTemporaryObject(stackComponent, tc);
        const item = findChild(stack.currentItem, "article_quiet-therapist");
        verify(!Library.isRead("quiet-therapist"));
        verify(item.Accessible.description.indexOf("Not read yet") === 0);
        mouseClick(reveal(item));
        tryCompare(stack, "depth", 2);
        settle(stack);
        const article = stack.currentItem;
        compare(findChild(article, "articleTitle").text, "Why your therapist may be quiet");
        compare(findChild(article, "articleMinutes").text, "2 minutes to read");
        // Native blocks: a heading announced as one, list items, emphasis as StyledText.
        let sawHeading = false, sawBullet = false, sawBold = false;
        for (let i = 0; i < article.article.blocks.length; ++i) {
            const block = findChild(article, "articleBlock_" + i);
            verify(block, "block " + i);
            sawHeading = sawHeading || block.heading;
            sawBullet = sawBullet || block.kind === "bullet";
            sawBold = sawBold || block.styledText.indexOf("<b>") >= 0;
        }
        verify(sawHeading && sawBullet && sawBold);
        // Opening marks it read, in the list and in the encrypted store.
        verify(Library.isRead("quiet-therapist"));
        verify(TestDriver.setting("learn.read").indexOf("quiet-therapist") >= 0);
        stack.pop();
        settle(stack);
        verify(findChild(stack.currentItem, "article_quiet-therapist").Accessible.description.indexOf("Read.") === 0);
    }

    function test_markAsNotRead() {
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(articleComponent, { articleId: "phase-ending" });
        settle(stack);
        const article = stack.currentItem;
        verify(Library.isRead("phase-ending"));
        mouseClick(reveal(findChild(article, "articleMarkUnread")));
        verify(!Library.isRead("phase-ending"));
        verify(TestDriver.setting("learn.read").indexOf("phase-ending") < 0);
    }

    function test_unknownPieceSaysSo() {
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(articleComponent, { articleId: "no-such-piece" });
        settle(stack);
        verify(findChild(stack.currentItem, "articleMissing").visible);
        verify(!findChild(stack.currentItem, "articleTitle").visible);
    }

    function test_search() {
        const page = createTemporaryObject(stackComponent, tc).currentItem;
        const field = findChild(page, "learnSearchInput");
        field.forceActiveFocus();
        for (const c of "goodbye letter")
            keyClick(c);
        compare(Library.query, "goodbye letter");
        verify(Library.searching);
        verify(Library.count >= 1);
        verify(findChild(page, "article_endings-and-the-letter") !== null);
        tryVerify(() => findChild(page, "article_quiet-therapist") === null);
        verify(findChild(page, "learnResults").text.indexOf("match") > 0);
        // Search results have no phase sections.
        verify(!findChild(page, "learnSection_0").visible);
        mouseClick(reveal(findChild(page, "learnSearchClear")));
        compare(Library.query, "");
        tryVerify(() => findChild(page, "article_quiet-therapist") !== null);
    }

    function test_searchWithNoResultsSaysSo() {
        const page = createTemporaryObject(stackComponent, tc).currentItem;
        Library.query = "zebra";
        compare(Library.count, 0);
        verify(findChild(page, "learnResults").text.indexOf("Nothing matches") === 0);
    }
}
