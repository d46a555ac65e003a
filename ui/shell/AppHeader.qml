import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The top bar of every screen: a back button when there is somewhere to go back to, the
// page title, and the crisis button. Crisis support comes first in the focus order (the row
// is laid out from the right, so it is first in the item tree yet shown on the right), and
// the header is the first child of its page, before the page's content and tab bar.
ToolBar {
    id: header
    property string title
    property bool canGoBack: false
    // False where Get help is in the side rail instead (the therapist's screens on a tablet):
    // it is then drawn below the header over the rail's top (railWidth wide, railTop lower
    // for a banner), yet stays in the header's tree, so still first in the focus order.
    property bool helpInHeader: true
    property real railWidth: 0
    property real railTop: 0
    readonly property real railHelpHeight: railHelp.height
    signal backRequested

    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    // Always one row, at any text size: the title beside the buttons,
    // at most two lines, ended with "…" only if it would need a third (its whole text stays
    // its accessible name). Large text on a narrow window: Get help as the lifebuoy over a
    // short word and the title a step smaller, so the row stays compact.
    readonly property bool compact: Theme.fontBody >= 24 && width < Theme.fontBody * 30
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    // First in its page's focus chain: before the content and the tab bar.
    Component.onCompleted: FocusOrder.putFirst(header)

    // Two children: say how tall the content is. At least a touch target, so a header with
    // neither Back nor Get help (the therapist's caseload, help in the rail) is as tall as
    // the others and the title does not jump when a page is opened.
    contentHeight: Math.max(row.implicitHeight, Theme.touchTarget)
    // Made only while it is shown, so "crisisButton" is otherwise the one in the row.
    Loader {
        id: railHelp
        active: !header.helpInHeader
        x: -header.leftPadding + Math.max(0, (header.railWidth - width) / 2)
        y: parent.height + header.bottomPadding + header.railTop + Theme.spacingLarge
        sourceComponent: CrisisButton {
            compact: true
            width: Math.min(implicitWidth, header.railWidth - 2 * Theme.spacingSmall) // qmllint disable unqualified
        }
    }
    RowLayout {
        id: row
        objectName: "headerRow"
        anchors.fill: parent
        spacing: Theme.spacingSmall
        // Right to left so that crisis support, first in the tree (and the focus order), is
        // on the right; mirrored languages mirror it as usual.
        layoutDirection: Qt.RightToLeft

        CrisisButton {
            id: crisis
            visible: header.helpInHeader
            compact: header.compact
        }

        Label {
            objectName: "headerTitle"
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: header.compact ? Theme.fontLarge : Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: header.title
        }
        AppButton {
            id: back
            objectName: "backButton"
            visible: header.canGoBack
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/back.svg"
            text: ""
            fillColor: "transparent"
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
    }
}
