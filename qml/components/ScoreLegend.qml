import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// The key under a ScoreChart: a sample of each line (solid with points, dashed) and its
// words, so the lines are told apart by shape and name, not colour.
Flow {
    id: legend
    required property string name
    required property int caseness

    Layout.fillWidth: true
    spacing: Theme.spacing
    Accessible.ignored: true

    Row {
        spacing: Theme.spacingSmall
        Item {
            width: 28
            height: totalsLabel.height
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: 3
                color: Theme.primary
            }
            Rectangle {
                anchors.centerIn: parent
                width: 10
                height: 10
                radius: 5
                color: Theme.primary
            }
        }
        Label {
            id: totalsLabel
            text: qsTr("Your %1 totals").arg(legend.name)
            textFormat: Text.PlainText
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
    }
    Row {
        visible: legend.caseness >= 0
        spacing: Theme.spacingSmall
        Row {
            anchors.verticalCenter: parent.verticalCenter
            spacing: 3
            Repeater {
                model: 4
                Rectangle {
                    width: 5
                    height: 2
                    color: Theme.textMuted
                }
            }
        }
        Label {
            text: qsTr("Clinical range: %1 and above").arg(legend.caseness)
            font.pixelSize: Theme.fontSmall
            color: Theme.text
        }
    }
}
