import QtQuick
import QtQuick.Controls
import org.ditcompanion.app
import org.ditcompanion.design

// The top bar of every screen: a back button when there is somewhere to go back to, the
// page title, and the crisis button. Crisis support comes first in the focus order (first in
// the item tree yet shown on the right), and the header is the first child of its page,
// before the page's content and tab bar.
//
// One row of buttons at any text size. The title sits beside them in up to two lines; a title
// that would need more (or has a word wider than the room beside them) goes on a line of its
// own under the row, at full width. It is never cut short (docs/ARCHITECTURE.md, "The top
// bar"). The parts are placed by bindings, not a layout: a wrapping label in a RowLayout kept
// one line's height in Qt 6.4 and was then elided to fit it.
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
    // Large text on a narrow window: Get help as the lifebuoy over a short word and the title
    // a step smaller, so the row stays compact.
    readonly property bool compact: Theme.fontBody >= 24 && width < Theme.fontBody * 30
    readonly property int titleSize: compact ? Theme.fontLarge : Theme.fontTitle
    // The room beside the buttons, from their own widths only, so the choice below cannot go
    // round in circles.
    readonly property real besideWidth: Math.max(0, availableWidth
                                                    - (helpInHeader ? crisis.implicitWidth + Theme.spacingSmall : 0)
                                                    - (canGoBack ? back.implicitWidth + Theme.spacingSmall : 0))
    // The title on a line of its own: beside the buttons it would need a third line, or a word
    // of it is wider than the room there.
    readonly property bool stacked: fitProbe.lineCount > 2 || fitProbe.contentWidth > besideWidth + 0.5
    readonly property real rowHeight: Math.max(Theme.touchTarget,
                                               helpInHeader ? crisis.implicitHeight : 0,
                                               canGoBack ? back.implicitHeight : 0,
                                               stacked ? 0 : title.implicitHeight)
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

    // At least a touch target tall, so a header with neither Back nor Get help (the therapist's
    // caseload, help in the rail) is as tall as the others and the title does not jump when a
    // page is opened.
    contentHeight: rowHeight + (stacked ? Theme.spacingSmall + title.implicitHeight : 0)
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
    // The title as it would wrap beside the buttons; never shown.
    Text {
        id: fitProbe
        visible: false
        width: header.besideWidth
        text: header.title
        font.pixelSize: header.titleSize
        font.weight: Font.DemiBold
        wrapMode: Text.WordWrap
        Accessible.ignored: true
    }

    // Laid out from the right in the tree's order (crisis support first), mirrored in
    // right-to-left languages as anchors are.
    CrisisButton {
        id: crisis
        visible: header.helpInHeader
        compact: header.compact
        anchors.right: parent.right
        y: (header.rowHeight - height) / 2
    }
    Label {
        id: title
        objectName: "headerTitle"
        anchors.left: header.canGoBack && !header.stacked ? back.right : parent.left
        anchors.leftMargin: header.canGoBack && !header.stacked ? Theme.spacingSmall : 0
        y: header.stacked ? header.rowHeight + Theme.spacingSmall : (header.rowHeight - height) / 2
        width: header.stacked ? parent.width : header.besideWidth
        text: header.title
        font.pixelSize: header.titleSize
        font.weight: Font.DemiBold
        color: Theme.text
        // Never cut short; only a word longer than the whole width breaks inside.
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: header.title
    }
    AppButton {
        id: back
        objectName: "backButton"
        visible: header.canGoBack
        anchors.left: parent.left
        y: (header.rowHeight - height) / 2
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/back.svg"
        text: ""
        fillColor: "transparent"
        Accessible.name: qsTr("Back")
        onClicked: header.backRequested()
    }
}
