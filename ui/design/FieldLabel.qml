import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// The visible label above a field (never only a placeholder inside it).
Label {
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    font.pixelSize: Theme.fontBody
    color: Theme.text
}
