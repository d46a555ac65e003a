import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// MomentCard's words. A file of its own so its layout is not inside a deferred contentItem.
ColumnLayout {
    id: content
    // var, not MomentCard: Qt 6.4 qmllint types a document's own id as its base type.
    required property var card
    spacing: 4

    Label {
        Layout.fillWidth: true
        text: "“" + content.card.quoteText + "”"
        font.family: Letters.readingFamily
        lineHeight: 0.85 // the book serif's own line spacing is generous
        font.italic: true
        font.pixelSize: Theme.fontReading
        color: Theme.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }
    Label {
        Layout.fillWidth: true
        visible: content.card.noteText.length > 0
        text: qsTr("Your note: %1").arg(content.card.noteText)
        font.pixelSize: Theme.fontBody
        color: Theme.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
    }
    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: content.card.headingText
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
