import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// A page whose content scrolls and stays at a comfortable reading width, centred on
// tablets. Content goes in a ColumnLayout.
Page {
    id: page
    default property alias content: column.data
    property alias contentSpacing: column.spacing
    property alias flickable: flick
    // The whole screen for reading (the letter) or for a task (a form): the shell hides its
    // tab bar and side rail.
    property bool immersive: false
    // Cards and lists rather than running text: up to Theme.pageWidth on a tablet (two
    // columns, where the page lays them out), not the reading width.
    property bool wideContent: false
    readonly property real columnWidth: column.width

    background: Rectangle {
        color: Theme.background
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            width: Math.min(flick.width - 2 * Theme.spacing, page.wideContent ? Theme.pageWidth : Theme.readingWidth)
            x: (flick.width - width) / 2
            y: Theme.spacingLarge
            spacing: Theme.spacing
        }
    }
}
