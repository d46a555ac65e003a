import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The keyboard must not learn what a person writes (docs/SECURITY.md, "Habits"): every field
// that takes their words (the letter and its title fields, notes, reflections, the focus,
// free-text answers, labels) asks the input method for no prediction and no learning
// (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText). The real window is walked on every page key,
// as a patient after therapy (the letter, reply, focus, notes and course pages all open) and as
// a therapist, with the note dialog opened.
TestCase {
    id: tc
    name: "SensitiveInput"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: mainComponent
        Main {}
    }

    // Fields that take no private text: where a file goes.
    readonly property var notPrivate: [/(File|Path|Backup|Export)\w*Input$/]

    // Pages change at once, so each needs only to be drawn before it is walked.
    function initTestCase() {
        Appearance.reduceMotion = true;
    }
    function cleanupTestCase() {
        Appearance.reduceMotion = false;
    }

    function open(role, stage) {
        verify(TestDriver.lockedProfile("correct horse battery", role));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo(stage));
    }

    // Fields a person can type words into: visible, enabled (a non-editable ComboBox's text
    // field is not), writable, and not for numbers only (a SpinBox's).
    function editableFields(item, out) {
        if (!item || item.visible === false)
            return;
        const numbersOnly = Qt.ImhDigitsOnly | Qt.ImhFormattedNumbersOnly;
        if (item.inputMethodHints !== undefined && item.readOnly === false && item.enabled !== false
                && (item.inputMethodHints & numbersOnly) === 0)
            out.push(item);
        for (let i = 0; i < item.children.length; ++i)
            editableFields(item.children[i], out);
    }

    function problemsIn(window, where) {
        waitForRendering(window.contentItem);
        const fields = [];
        editableFields(window.contentItem.parent, fields); // the overlay (dialogs) too
        const wanted = Qt.ImhSensitiveData | Qt.ImhNoPredictiveText;
        let problems = [];
        for (const field of fields) {
            if (notPrivate.some(re => re.test(field.objectName)))
                continue;
            if ((field.inputMethodHints & wanted) !== wanted)
                problems.push(where + ": " + (field.objectName || "an unnamed field") + " hints "
                              + field.inputMethodHints);
        }
        return { fields: fields.length, problems: problems };
    }

    function test_everyPrivateFieldAsksForNoLearning_data() {
        return [
            { tag: "patient, after therapy", role: "patient", stage: "after" },
            { tag: "therapist", role: "therapist", stage: "therapist" }
        ];
    }

    function test_everyPrivateFieldAsksForNoLearning(data) {
        open(data.role, data.stage);
        const keys = TestDriver.pageKeys("");
        verify(keys.length >= 10, "page keys read from the QML: " + keys);
        let problems = [];
        let seen = 0;
        for (const key of keys) {
            const window = createTemporaryObject(mainComponent, tc, { width: 412, height: 915 });
            window.showPage(key);
            const found = problemsIn(window, key);
            seen += found.fields;
            problems = problems.concat(found.problems);
            window.destroy();
        }
        problems = problems.filter((p, i) => problems.indexOf(p) === i);
        verify(seen > 0, "no editable field found: the walk is not looking");
        verify(problems.length === 0, problems.length + " fields:\n" + problems.join("\n"));
    }

    // The private note on a passage, in its dialog over the letter.
    function test_noteDialog() {
        open("patient", "after");
        const window = createTemporaryObject(mainComponent, tc, { width: 412, height: 915 });
        window.showPage("letter-read");
        waitForRendering(window.contentItem);
        const page = findChild(window.contentItem, "letterReadPage");
        verify(page, "the letter's reading page");
        const dialog = findChild(page, "noteDialog");
        verify(dialog, "the note dialog");
        dialog.openFor("a passage", "");
        tryCompare(dialog, "opened", true);
        const found = problemsIn(window, "note dialog");
        verify(found.fields >= 1, "the note field is found");
        verify(found.problems.length === 0, found.problems.join("\n"));
        const field = findChild(dialog.contentItem, "noteText");
        verify(field);
        compare(field.inputMethodHints & (Qt.ImhSensitiveData | Qt.ImhNoPredictiveText),
                Qt.ImhSensitiveData | Qt.ImhNoPredictiveText);
    }
}
