pragma Singleton
import QtQuick

// App-wide navigation requests, so any page can reach crisis support in one tap without
// knowing where it sits in the window.
QtObject {
    signal crisisRequested
}
