import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A heading screen readers announce as one.
Label {
    property int level: 1
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: level === 1 ? Theme.fontHeadline : level === 2 ? Theme.fontTitle : Theme.fontLarge
    font.weight: Font.DemiBold
    textFormat: Text.PlainText
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
