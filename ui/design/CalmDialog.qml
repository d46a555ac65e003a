import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// A dialog that fades in and out gently, or appears and goes at once when a person asks for
// less motion (Theme.reduceMotion). The app's dialogs are made from this.
Dialog {
    enter: Theme.reduceMotion ? null : fadeIn
    exit: Theme.reduceMotion ? null : fadeOut

    readonly property Transition fadeIn: Transition {
        NumberAnimation {
            property: "opacity"
            from: 0
            to: 1
            duration: 180
            easing.type: Easing.OutCubic
        }
    }
    readonly property Transition fadeOut: Transition {
        NumberAnimation {
            property: "opacity"
            from: 1
            to: 0
            duration: 120
            easing.type: Easing.InCubic
        }
    }
}
