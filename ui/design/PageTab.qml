import QtQuick
import QtQuick.Controls
import org.ditcompanion.app

// A tab whose words are written as they are (Material would put them in capitals, which no
// other control here does) and wrap onto a second line instead of being cut off.
TabButton {
    id: tab
    font.pixelSize: Theme.fontBody
    font.capitalization: Font.MixedCase
    Accessible.name: text
    contentItem: Label {
        text: tab.text
        font: tab.font
        color: tab.checked ? Theme.primary : Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
    }
}
