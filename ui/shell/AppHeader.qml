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

    contentHeight: row.implicitHeight // two children: say how tall the content is
    RowLayout {
        id: row
        anchors.fill: parent
        spacing: Theme.spacingSmall
        // Right to left so that crisis support, first in the tree (and the focus order), is
        // on the right; mirrored languages mirror it as usual.
        layoutDirection: Qt.RightToLeft

        CrisisButton {
            id: crisis
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
