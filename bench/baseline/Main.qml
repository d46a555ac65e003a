import QtQuick.Controls

// The baseline for start-up and memory: one bare ApplicationWindow, Material style (set in
// main.cpp), the app's window size. Nothing else.
ApplicationWindow {
    width: 412
    height: 915
    visible: true
    title: "Baseline"
}
