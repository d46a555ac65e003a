import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design

// Reduced motion (docs/DEVELOPING.md): the Settings switch (Appearance.reduceMotion) reaches the
// theme, and then pages change and dialogs open at once; with motion allowed they animate.
TestCase {
    id: tc
    name: "ReducedMotion"
    width: 412
    height: 915
    visible: true
    when: windowShown

    property bool saved: false

    Component {
        id: stackComponent
        CalmStackView {
            width: tc.width
            height: tc.height
            initialItem: Page {}
        }
    }
    Component {
        id: pageComponent
        Page {
            objectName: "secondPage"
        }
    }
    Component {
        id: dialogComponent
        ConfirmDialog {
            text: "Delete it?"
        }
    }

    function initTestCase() {
        saved = Appearance.reduceMotion;
    }
    function cleanupTestCase() {
        Appearance.reduceMotion = saved;
    }

    function test_themeFollowsTheSetting() {
        Appearance.reduceMotion = true;
        verify(Theme.reduceMotion);
        compare(Theme.motionMs, 0);
        Appearance.reduceMotion = false;
        verify(!Theme.reduceMotion);
        verify(Theme.motionMs > 0);
    }

    function test_pagesChangeAtOnce() {
        Appearance.reduceMotion = true;
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(pageComponent);
        verify(!stack.busy, "no transition runs");
        compare(stack.currentItem.objectName, "secondPage");
        compare(stack.currentItem.x, 0);
        stack.pop();
        verify(!stack.busy);
    }

    function test_pagesSlideWhenMotionIsAllowed() {
        Appearance.reduceMotion = false;
        const stack = createTemporaryObject(stackComponent, tc);
        stack.push(pageComponent);
        verify(stack.busy, "the style's transition runs");
        tryCompare(stack, "busy", false);
    }

    function test_switchingBackRestoresTransitions() {
        Appearance.reduceMotion = true;
        const stack = createTemporaryObject(stackComponent, tc);
        verify(stack.pushEnter === null);
        Appearance.reduceMotion = false;
        verify(stack.pushEnter !== null);
        stack.push(pageComponent);
        verify(stack.busy);
    }

    function test_dialogsAppearAtOnce() {
        Appearance.reduceMotion = true;
        const dialog = createTemporaryObject(dialogComponent, tc);
        dialog.open();
        compare(dialog.opacity, 1);
        verify(dialog.visible);
        dialog.close();
        verify(!dialog.visible);
    }

    function test_dialogsFadeWhenMotionIsAllowed() {
        Appearance.reduceMotion = false;
        const dialog = createTemporaryObject(dialogComponent, tc);
        dialog.open();
        verify(dialog.opacity < 1, "fading in");
        tryCompare(dialog, "opacity", 1);
    }
}
