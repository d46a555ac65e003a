import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import org.ditcompanion.app
import org.ditcompanion.design

// CrisisButton's icon and label: beside each other (ButtonContent), or compact, the lifebuoy
// over a short word. A file of its own so its ids do not sit in a deferred contentItem.
Item {
    id: content
    // var, not AppButton: Qt 6.4 qmllint types a document's own id as its base type.
    required property var button
    required property bool compact

    implicitWidth: compact ? Math.max(icon.implicitWidth, word.implicitWidth) : beside.implicitWidth
    implicitHeight: compact ? icon.implicitHeight + word.implicitHeight : beside.implicitHeight

    ButtonContent {
        id: beside
        visible: !content.compact
        anchors.fill: parent
        button: content.button
    }
    IconImage {
        id: icon
        visible: content.compact
        anchors.horizontalCenter: parent.horizontalCenter
        source: content.button.icon.source
        sourceSize.width: content.button.icon.width
        sourceSize.height: content.button.icon.height
        color: content.button.shownTextColor
    }
    Label {
        id: word
        objectName: "crisisButtonWord"
        visible: content.compact
        anchors.top: icon.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        text: qsTr("Help", "the crisis support button, short, under the lifebuoy")
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        color: content.button.shownTextColor
    }
}
