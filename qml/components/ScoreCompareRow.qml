import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// One measure's total in the latest session beside the session before (issue 6), with the
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
        columns: 4
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
            text: row.header || row.latestBand.length === 0 ? row.latest : qsTr("%1 (%2)").arg(row.latest).arg(row.latestBand.toLowerCase())
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 3
            text: row.header || row.previousBand.length === 0 ? row.previous : qsTr("%1 (%2)").arg(row.previous).arg(row.previousBand.toLowerCase())
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: row.header ? Theme.text : Theme.textMuted
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            text: row.header ? qsTr("Change") : row.change
            font.pixelSize: Theme.fontBody
            font.weight: row.header ? Font.DemiBold : Font.Normal
            color: Theme.text
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
}
