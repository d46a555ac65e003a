import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// A passphrase entry with a show/hide toggle. Nothing is remembered or suggested by the
// input method: no autocorrect, no prediction.
ColumnLayout {
    id: field
    property alias text: input.text
    property alias label: caption.text
    property alias placeholder: input.placeholderText
    property alias input: input
    signal accepted

    function clear() {
        input.clear();
    }

    spacing: 4

    Label {
        id: caption
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        AppTextField {
            id: input
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            echoMode: showToggle.checked ? TextInput.Normal : TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            font.pixelSize: Theme.fontLarge
            color: Theme.text
            // Not Accessible.passwordEdit: in Qt 6.4 setting it wipes the name. Screen readers
            // learn it is a password from the echo mode (tst_a11y_walk checks both).
            Accessible.name: caption.text
            onAccepted: field.accepted()
        }
        AppButton {
            id: showToggle
            checkable: true
            text: ""
            icon.source: checked ? "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/eye-off.svg"
                                 : "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/eye.svg"
            fillColor: "transparent"
            Accessible.name: checked ? qsTr("Hide passphrase") : qsTr("Show passphrase")
        }
    }
}
