pragma Singleton
import QtQuick

// App-wide navigation requests, so any page can reach crisis support in one tap, or step
// back (an empty page's way on), without knowing where it sits in the window.
QtObject {
    signal crisisRequested
    signal backRequested
}
