import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// One part of the focus: a plain question as its heading and the person's words below.
ColumnLayout {
    id: part
    property string label
    property string text

    Layout.fillWidth: true
    spacing: 2
    visible: text.length > 0

    Heading {
        level: 3
        text: part.label
        color: Theme.textMuted
        font.pixelSize: Theme.fontBody
    }
    Label {
        Layout.fillWidth: true
        text: part.text
        wrapMode: Text.Wrap
        textFormat: Text.PlainText
        font.pixelSize: Theme.fontLarge
        lineHeight: 1.2
        color: Theme.text
    }
}
