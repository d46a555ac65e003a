import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One block of a library piece: a heading (announced as a heading), a paragraph, a list
// item or a quote. Text is Qt StyledText made in C++ (bold and italic only, everything else
// escaped); screen readers get the plain words.
RowLayout {
    id: block
    property string kind: "paragraph"
    property int level: 0
    property string styledText
    property string plainText
    property bool styled: true // false: styledText is shown as it is, never as markup
    readonly property bool heading: kind === "heading"

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    Rectangle {
        visible: block.kind === "quote"
        Layout.fillHeight: true
        implicitWidth: 4
        radius: 2
        color: Theme.primary
    }
    Label {
        visible: block.kind === "bullet" || block.kind === "numbered"
        Layout.alignment: Qt.AlignTop
        Layout.minimumWidth: Math.round(Theme.fontBody * 1.2)
        text: block.kind === "numbered" ? block.level + "." : "•"
        font.pixelSize: Theme.fontBody
        color: Theme.text
        lineHeight: 1.2
        Accessible.ignored: true
    }
    Label {
        Layout.fillWidth: true
        text: block.styledText
        textFormat: block.styled ? Text.StyledText : Text.PlainText
        wrapMode: Text.Wrap
        // Room above a heading, inside the block: its rows are placed by a positioner, which
        // does not read Layout margins (docs/DEVELOPING.md, "Repeaters in layouts").
        topPadding: block.heading ? Theme.spacing : 0
        lineHeight: block.heading ? 1.0 : 1.25
        color: Theme.text
        font.pixelSize: block.heading ? (block.level <= 2 ? Theme.fontTitle : Theme.fontLarge) : Theme.fontBody
        font.weight: block.heading ? Font.DemiBold : Font.Normal
        font.italic: block.kind === "quote"
        Accessible.role: block.heading ? Accessible.Heading : Accessible.StaticText
        Accessible.name: (block.kind === "bullet" ? qsTr("List item: ") : "") + block.plainText
    }
}
