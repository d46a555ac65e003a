import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Running text: wraps, follows the system font size, readable contrast.
Label {
    property bool muted: false
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: muted ? Theme.textMuted : Theme.text
    font.pixelSize: Theme.fontBody
    lineHeight: 1.2
    textFormat: Text.PlainText
}
