import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Pseudo-localisation (docs/DEVELOPING.md), run with LANGUAGE=en_XA (i18n/pseudo.py): every page at
// three points of therapy, and welcome and lock, show no text of the app's own that is not
// pseudo-translated. What the person wrote, the demo's records, the built-in articles and
// questionnaires are content, not the app's wording, and are left out (A11yProbe.h).
TestCase {
    id: tc
    name: "Pseudo"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    function untranslatedIn(window, label) {
        waitForRendering(window.contentItem);
        wait(Theme.motionMs + 50);
        return TestDriver.untranslatedTexts(window.contentItem.parent).map(t => label + ": " + t);
    }

    function test_thePseudoTranslationIsLoaded() {
        const home = qsTranslate("AppShell", "Home");
        verify(home.indexOf("\u27e6") === 0 && home.indexOf("\u27e7") > 0, home);
        verify(home.length > "Home".length * 1.3, home);
    }

    // The check itself: English of the app's own is found, pseudo text and content are not.
    Component {
        id: probeComponent
        Column {
            Text { text: "Something the app says in plain English" }
            Text { text: qsTranslate("AppShell", "Home") }
            Text { text: "12 · 3" }
        }
    }
    function test_theCheckFindsUntranslatedText() {
        const probe = createTemporaryObject(probeComponent, tc);
        compare(TestDriver.untranslatedTexts(probe), ["Something the app says in plain English"]);
    }

    function test_everyPage_data() {
        return [
            { tag: "new", stage: "new" },
            { tag: "course in progress", stage: "middle" },
            { tag: "after therapy", stage: "after" }
        ];
    }

    function test_everyPage(data) {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo(data.stage));
        const model = Library.articles;
        const article = model.rowCount() > 0 ? model.data(model.index(0, 0), Qt.UserRole + 1) : "";
        const keys = TestDriver.pageKeys(article);
        verify(keys.length >= 10, keys);
        let found = [];
        for (const key of keys) {
            const window = createTemporaryObject(mainComponent, tc);
            window.showPage(key);
            found = found.concat(untranslatedIn(window, data.stage + " " + key));
            window.destroy();
        }
        found = found.filter((t, i) => found.indexOf(t) === i);
        verify(found.length === 0, found.length + " untranslated:\n" + found.join("\n"));
    }

    function test_welcomeAndLock() {
        TestDriver.freshProfile();
        let window = createTemporaryObject(mainComponent, tc);
        tryCompare(Session, "state", Session.Welcome);
        let found = untranslatedIn(window, "welcome");
        mouseClick(findChild(window.contentItem, "welcomeContinue"));
        found = found.concat(untranslatedIn(window, "welcome passphrase"));
        window.destroy();
        verify(TestDriver.lockedProfile("correct horse battery"));
        window = createTemporaryObject(mainComponent, tc);
        tryCompare(Session, "state", Session.Locked);
        found = found.concat(untranslatedIn(window, "lock"));
        verify(found.length === 0, found.length + " untranslated:\n" + found.join("\n"));
    }
}
