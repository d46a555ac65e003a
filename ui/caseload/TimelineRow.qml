import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// One week of a patient's course on the therapist's timeline: tinted by phase, with the
// phase, the attendance and a symbol in words as well (✓ attended, ✗ missed, ▶ next,
// ○ to come, ‖ planned break, — cancelled), so nothing rests on colour.
Rectangle {
    id: row
    property string title
    property string dateText
    property string phaseKey
    property string phaseName
    property string stateKey
    property string stateLabel
    property string symbol
    property string description

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget - 8, content.implicitHeight + Theme.spacingSmall)
    radius: 6
    color: phaseKey === "initial" ? Theme.phaseInitial : phaseKey === "middle" ? Theme.phaseMiddle : Theme.phaseEnding
    border.width: stateKey === "next" || stateKey === "now" ? 2 : 0
    border.color: Theme.primary
    Accessible.role: Accessible.ListItem
    Accessible.name: description

    // One line when there is room; at large text sizes or on a narrow pane, two:
    // "Session 7  Sun 22 Nov" above "Next  Middle phase".
    readonly property bool oneLine: width >= Theme.fontBody * 28

    RowLayout {
        id: content
        x: Theme.spacingSmall
        width: parent.width - 2 * Theme.spacingSmall
        anchors.verticalCenter: parent.verticalCenter
        spacing: Theme.spacingSmall
        Label {
            Layout.preferredWidth: Theme.fontBody * 1.6
            Layout.alignment: Qt.AlignVCenter
            horizontalAlignment: Text.AlignHCenter
            text: row.symbol
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
            Accessible.ignored: true
        }
        GridLayout {
            Layout.fillWidth: true
            columns: row.oneLine ? 4 : 2
            columnSpacing: Theme.spacingSmall
            rowSpacing: 0
            Label {
                Layout.preferredWidth: row.oneLine ? Theme.fontBody * 6 : -1
                Layout.fillWidth: !row.oneLine
                text: row.title
                font.pixelSize: Theme.fontBody
                font.weight: row.stateKey === "next" || row.stateKey === "now" ? Font.DemiBold : Font.Normal
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Label {
                Layout.preferredWidth: row.oneLine ? Theme.fontBody * 6 : -1
                Layout.fillWidth: !row.oneLine
                text: row.dateText
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: true
                text: row.stateLabel
                font.pixelSize: Theme.fontBody
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Label {
                Layout.fillWidth: !row.oneLine
                Layout.maximumWidth: row.oneLine ? Theme.fontBody * 8 : -1
                text: row.phaseName
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
    }
}
