import QtQuick
import QtQuick.Controls.impl
import org.ditcompanion.design

// The mark of a choice: a circle (one of several) or a box (a tick), sized from the text so
// it grows with it at 200% (tests/gui/qml/tst_controls.qml). Chosen shows in shape as well as
// colour: a filled dot, or a filled box with a tick.
Rectangle {
    id: mark
    objectName: "choiceIndicator"
    property bool round: false
    property bool checked: false

    implicitWidth: Theme.indicatorSize
    implicitHeight: Theme.indicatorSize
    radius: round ? width / 2 : Math.round(width / 6)
    color: !round && checked ? Theme.primary : "transparent"
    border.width: Math.max(2, Math.round(width / 11))
    border.color: checked ? Theme.primary : Theme.outline

    Rectangle {
        visible: mark.round && mark.checked
        anchors.centerIn: parent
        width: Math.round(mark.width / 2)
        height: width
        radius: width / 2
        color: Theme.primary
    }
    IconImage {
        visible: !mark.round && mark.checked
        anchors.centerIn: parent
        sourceSize.width: Math.round(mark.width * 0.8)
        sourceSize.height: Math.round(mark.width * 0.8)
        source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/check.svg"
        color: Theme.textOnPrimary
    }
}
