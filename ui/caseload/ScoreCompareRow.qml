import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One measure's total in the latest session beside the session before (docs/THERAPIST.md), with the
// range's name in words and the change, so it reads without the chart.
Rectangle {
    id: row
    property bool header: false
    property string name
    property string latest
    property string latestBand
    property string previous
    property string previousBand
    property string change
    property string description
    // The two sessions' names, for the stacked form ("Session 6: 15 (moderate)").
    property string latestTitle
    property string previousTitle
    // Four columns need room: at large text or in a narrow pane each measure reads as a short
    // list instead, so no word is broken across lines (the header row is then hidden).
    // (The parent's width: a hidden header row has none of its own.)
    readonly property bool stacked: (parent ? parent.width : width) < Theme.fontBody * 26

    Layout.fillWidth: true
    implicitHeight: grid.implicitHeight + Theme.spacingSmall
    color: "transparent"
    Accessible.role: header ? Accessible.ColumnHeader : Accessible.Row
    Accessible.name: header ? qsTr("Columns: %1, %2, %3, change").arg(name).arg(latest).arg(previous) : description

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
    GridLayout {
        id: grid
        width: parent.width
        columns: row.stacked ? 1 : 4
        columnSpacing: Theme.spacingSmall
        rowSpacing: 0
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            text: row.name
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            readonly property string value: row.header || row.latestBand.length === 0 ? row.latest : qsTr("%1 (%2)").arg(row.latest).arg(row.latestBand.toLowerCase())
            text: row.stacked ? qsTr("%1: %2").arg(row.latestTitle).arg(value) : value
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            readonly property string value: row.header || row.previousBand.length === 0 ? row.previous : qsTr("%1 (%2)").arg(row.previous).arg(row.previousBand.toLowerCase())
            text: row.stacked ? qsTr("%1: %2").arg(row.previousTitle).arg(value) : value
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: row.header ? Theme.text : Theme.textMuted
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            text: row.header ? qsTr("Change") : row.stacked && row.change.length > 0 ? qsTr("Change: %1").arg(row.change) : row.change
            visible: !row.stacked || text.length > 0
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
}
