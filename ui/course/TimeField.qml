import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A time of day as hour and minute lists (24-hour, minutes in fives).
ColumnLayout {
    id: field
    property string label
    property int hour: 10
    property int minute: 0
    signal edited(int hour, int minute)

    Layout.fillWidth: true
    spacing: 4

    Label {
        Layout.fillWidth: true
        visible: text.length > 0
        text: field.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        ComboBox {
            objectName: field.objectName + "Hour"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: Array.from({ length: 24 }, (_, h) => (h < 10 ? "0" : "") + h)
            currentIndex: field.hour
            Accessible.name: qsTr("%1: hour").arg(field.label)
            onActivated: index => field.edited(index, field.minute)
        }
        Label {
            text: ":"
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            Accessible.ignored: true
        }
        ComboBox {
            objectName: field.objectName + "Minute"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: Array.from({ length: 12 }, (_, i) => (i < 2 ? "0" : "") + i * 5)
            currentIndex: Math.round(field.minute / 5) % 12
            Accessible.name: qsTr("%1: minutes").arg(field.label)
            onActivated: index => field.edited(field.hour, index * 5)
        }
    }
}
