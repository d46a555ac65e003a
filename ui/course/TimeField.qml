import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A time of day (24-hour) as two boxed fields that take typed numbers, the same style as
// DateField: hour and minutes.
ColumnLayout {
    id: field
    property string label
    property int hour: 10
    property int minute: 0
    signal edited(int hour, int minute)

    // The parts as typed now, with the one just typed.
    function send(part, value) {
        const shown = (p, chosen) => p.typed >= 0 ? p.typed : chosen;
        field.edited(part === hourPart ? value : shown(hourPart, field.hour),
                     part === minutePart ? value : shown(minutePart, field.minute));
    }

    Layout.fillWidth: true
    spacing: 4

    FieldLabel {
        visible: text.length > 0
        text: field.label
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        NumberField {
            id: hourPart
            objectName: field.objectName + "Hour"
            Layout.preferredWidth: 1
            label: qsTr("Hour")
            accessibleName: qsTr("%1: hour, 0 to 23").arg(field.label)
            from: 0
            to: 23
            digits: 2
            value: field.hour
            onEdited: value => field.send(hourPart, value)
        }
        Label {
            Layout.alignment: Qt.AlignBottom
            Layout.bottomMargin: Theme.spacingSmall
            text: ":"
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            Accessible.ignored: true
        }
        NumberField {
            id: minutePart
            objectName: field.objectName + "Minute"
            Layout.preferredWidth: 1
            label: qsTr("Minutes")
            accessibleName: qsTr("%1: minutes").arg(field.label)
            from: 0
            to: 59
            digits: 2
            value: field.minute
            onEdited: value => field.send(minutePart, value)
        }
    }
}
