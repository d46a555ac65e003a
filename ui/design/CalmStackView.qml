import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// A StackView whose pages slide in as the style has them, or change at once when a person
// asks for less motion (Theme.reduceMotion).
StackView {
    id: view

    // The style's transitions, kept to put back when motion is allowed again.
    property var styleTransitions: null
    function applyMotion() {
        if (styleTransitions === null)
            styleTransitions = [pushEnter, pushExit, popEnter, popExit, replaceEnter, replaceExit];
        const t = Theme.reduceMotion ? [null, null, null, null, null, null] : styleTransitions;
        pushEnter = t[0];
        pushExit = t[1];
        popEnter = t[2];
        popExit = t[3];
        replaceEnter = t[4];
        replaceExit = t[5];
    }
    Component.onCompleted: applyMotion()
    Connections {
        target: Theme
        function onReduceMotionChanged() {
            view.applyMotion();
        }
    }
}
