import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Wherever a person writes free text a therapist might later read (a note, a reflection, the
// reply to the letter, a note on the letter, a typed form answer: the last is checked in
// tst_measures_form), the page says nobody watches it as it is written, with crisis support
// one tap away (docs/CLINICAL_SAFETY.md, H17).
TestCase {
    id: tc
    name: "FreeTextNotice"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: noteEdit
        NoteEditPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: reflectionEdit
        ReflectionEditPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: letterEditor
        LetterEditorPage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: noteDialog
        Item {
            width: tc.width
            height: tc.height
            property alias dialog: d
            NoteDialog {
                id: d
            }
        }
    }

    SignalSpy {
        id: crisis
        target: Nav
        signalName: "crisisRequested"
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("after"));
        crisis.clear();
    }

    // The notice is shown with its words, and its button asks for crisis support.
    function checkNotice(root) {
        const notice = findChild(root, "unwatchedNotice");
        verify(notice !== null);
        verify(notice.visible);
        compare(findChild(notice, "unwatchedText").text,
                "Nobody watches what you write here as you write it. If you are at risk now, use Get help.");
        const help = findChild(notice, "unwatchedGetHelp");
        verify(help.visible);
        verify(help.height >= Theme.touchTarget);
        help.clicked();
        compare(crisis.count, 1);
    }

    function test_note() {
        checkNotice(createTemporaryObject(noteEdit, tc));
    }

    function test_reflection() {
        checkNotice(createTemporaryObject(reflectionEdit, tc));
    }

    function test_letterReply() {
        verify(Letters.letterId.length > 0);
        const page = createTemporaryObject(letterEditor, tc, { mode: LetterEditing.Reply, letterId: Letters.letterId });
        checkNotice(page);
    }

    function test_noteOnTheLetterClosesBeforeCrisisSupport() {
        const host = createTemporaryObject(noteDialog, tc);
        host.dialog.openFor("a passage", "");
        tryCompare(host.dialog, "opened", true);
        checkNotice(host.dialog.contentItem);
        tryCompare(host.dialog, "visible", false);
    }
}
