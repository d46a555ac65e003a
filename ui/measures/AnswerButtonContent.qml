import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// AnswerButton's mark, number and words. A file of its own so its ids do not sit in a
// deferred contentItem (DEVELOPING.md).
RowLayout {
    id: content
    // var, not AnswerButton: Qt 6.4 qmllint types a document's own id as its base type.
    required property var button
    spacing: Theme.spacing

    Rectangle {
        Layout.alignment: Qt.AlignVCenter
        implicitWidth: 24
        implicitHeight: 24
        radius: 12
        color: "transparent"
        border.width: 2
        border.color: content.button.checked ? Theme.primary : Theme.outline
        Rectangle {
            anchors.centerIn: parent
            width: 12
            height: 12
            radius: 6
            color: Theme.primary
            visible: content.button.checked
        }
    }
    Label {
        visible: content.button.number.length > 0
        Layout.alignment: Qt.AlignVCenter
        Layout.minimumWidth: Math.round(Theme.fontLarge * 1.2)
        text: content.button.number
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontLarge
        font.weight: Font.DemiBold
        color: content.button.checked ? Theme.textOnPrimarySoft : Theme.text
    }
    Label {
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
        text: content.button.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        // Paragraph-long answers (the Relationship Questionnaire) read better at body size.
        font.pixelSize: text.length > 80 ? Theme.fontBody : Theme.fontLarge
        font.weight: content.button.checked ? Font.DemiBold : Font.Normal
        color: content.button.checked ? Theme.textOnPrimarySoft : Theme.text
    }
}
