import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import org.ditcompanion.app

// AppButton's icon and label, laid out by hand: the label wraps only when the button is too
// narrow for one line. A file of its own so its ids do not sit in a deferred contentItem.
Item {
    id: content
    // var, not AppButton: Qt 6.4 qmllint types a document's own id as its base type.
    required property var button
    readonly property bool hasIcon: String(button.icon.source) !== ""
    readonly property bool hasText: button.text.length > 0
    readonly property real iconPart: hasIcon ? button.icon.width + (hasText ? Theme.spacingSmall : 0) : 0
    readonly property real textWidth: hasText ? Math.ceil(metrics.advanceWidth) + 1 : 0
    readonly property real labelWidth: Math.min(textWidth, width - iconPart)

    implicitWidth: iconPart + textWidth
    implicitHeight: Math.max(hasIcon ? button.icon.height : 0, label.implicitHeight)

    TextMetrics {
        id: metrics
        font: content.button.font
        text: content.button.text
    }
    IconImage {
        visible: content.hasIcon
        x: (content.width - content.iconPart - content.labelWidth) / 2
        anchors.verticalCenter: parent.verticalCenter
        source: content.button.icon.source
        sourceSize.width: content.button.icon.width
        sourceSize.height: content.button.icon.height
        color: content.button.shownTextColor
    }
    Label {
        id: label
        visible: content.hasText
        x: (content.width - content.iconPart - content.labelWidth) / 2 + content.iconPart
        width: content.labelWidth
        anchors.verticalCenter: parent.verticalCenter
        text: content.button.text
        font: content.button.font
        color: content.button.shownTextColor
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
    }
}
