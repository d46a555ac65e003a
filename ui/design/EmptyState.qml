import QtQuick
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// What a page says when it has nothing to show yet: what will be here, and what to do next.
ColumnLayout {
    id: empty
    property alias title: heading.text
    property alias body: bodyText.text
    property url iconSource
    // The way on, when there is one the page itself does not show: a button under the words.
    property alias actionText: action.text
    signal actionClicked

    spacing: Theme.spacing
    IconImage {
        Layout.alignment: Qt.AlignHCenter
        source: empty.iconSource
        sourceSize.width: 56
        sourceSize.height: 56
        color: Theme.primary
        visible: String(empty.iconSource) !== ""
    }
    Heading {
        id: heading
        level: 2
        horizontalAlignment: Text.AlignHCenter
    }
    BodyText {
        id: bodyText
        muted: true
        horizontalAlignment: Text.AlignHCenter
    }
    AppButton {
        id: action
        objectName: empty.objectName + "Action"
        Layout.fillWidth: true
        visible: text.length > 0
        onClicked: empty.actionClicked()
    }
}
