import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// A heading screen readers announce as one: level 1 a page's headline, 2 a card's title,
// 3 a title inside a card (the type scale in Theme).
Label {
    property int level: 1
    Layout.fillWidth: true
    wrapMode: Text.Wrap
    color: Theme.text
    font.pixelSize: level === 1 ? Theme.fontHeadline : level === 2 ? Theme.fontLarge : Theme.fontBody
    font.weight: Font.DemiBold
    textFormat: Text.PlainText
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
