pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The list of destinations, laid out as a bottom bar (phones) or a side rail (tablets).
Rectangle {
    id: bar
    required property var destinations // [{key, title, icon}]
    property int currentIndex: 0
    property bool vertical: false
    // Room kept at the top of the rail (for Get help, which the shell puts there).
    property real topInset: 0
    signal selected(int index)

    color: Theme.surface
    implicitHeight: vertical ? 0 : grid.implicitHeight + 8
    implicitWidth: vertical ? Math.max(96, grid.implicitWidth + 8) : 0

    Rectangle {
        color: Theme.divider
        width: bar.vertical ? 1 : parent.width
        height: bar.vertical ? parent.height : 1
        anchors.right: bar.vertical ? parent.right : undefined
    }

    GridLayout {
        id: grid
        anchors.fill: parent
        anchors.topMargin: bar.vertical ? Theme.spacingLarge + bar.topInset : 4
        anchors.bottomMargin: 4
        flow: bar.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: bar.vertical ? bar.destinations.length + 1 : 1
        columns: bar.vertical ? 1 : bar.destinations.length
        rowSpacing: Theme.spacingSmall
        columnSpacing: 0

        // Repeater in a layout: the destinations are fixed while the shell exists.
        Repeater {
            model: bar.destinations
            NavButton {
                required property var modelData
                required property int index
                objectName: "nav_" + modelData.key
                compact: !bar.vertical
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignTop
                text: modelData.title
                icon.source: modelData.icon
                checked: index === bar.currentIndex
                onClicked: bar.selected(index)
            }
        }
        Item {
            visible: bar.vertical
            Layout.fillHeight: true
        }
    }
}
