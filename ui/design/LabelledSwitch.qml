import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A switch whose label wraps instead of being cut off at large text sizes. The label is
// also the switch's accessible name; tapping the label toggles it too.
RowLayout {
    id: row
    property alias text: label.text
    property alias checked: control.checked
    property alias control: control
    signal toggled(bool checked)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    Label {
        id: label
        Layout.fillWidth: true
        // The label is a touch target too (it toggles the switch): 48 px at least.
        Layout.minimumHeight: Theme.touchTarget
        verticalAlignment: Text.AlignVCenter
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
        Accessible.ignored: true
        TapHandler {
            onTapped: {
                control.toggle();
                row.toggled(control.checked);
            }
        }
    }
    AppSwitch {
        id: control
        objectName: row.objectName + "Switch"
        Layout.alignment: Qt.AlignVCenter
        Layout.minimumHeight: Theme.touchTarget
        Accessible.name: label.text
        onToggled: row.toggled(checked)
    }
}
