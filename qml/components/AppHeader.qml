import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// The top bar of every screen: a back button when there is somewhere to go back to, the
// page title, and the crisis button.
ToolBar {
    id: header
    property string title
    property bool canGoBack: false
    signal backRequested

    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: Theme.spacingSmall

        AppButton {
            objectName: "backButton"
            visible: header.canGoBack
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/back.svg"
            text: ""
            fillColor: "transparent"
            Accessible.name: qsTr("Back")
            onClicked: header.backRequested()
        }
        Label {
            Layout.fillWidth: true
            text: header.title
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        CrisisButton {}
    }
}
