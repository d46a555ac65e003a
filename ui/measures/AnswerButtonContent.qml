import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// AnswerButton's mark, number and words. A file of its own so its ids do not sit in a
// deferred contentItem (DEVELOPING.md).
RowLayout {
    id: content
    // var, not AnswerButton: Qt 6.4 qmllint types a document's own id as its base type.
    required property var button
    spacing: Theme.spacing

    ChoiceIndicator {
        Layout.alignment: Qt.AlignVCenter
        round: true
        checked: content.button.checked
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
