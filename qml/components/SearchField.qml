import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// A search box with a search icon and a clear button. Nothing typed here is remembered or
// suggested by the input method.
RowLayout {
    id: field
    property alias text: input.text
    property alias placeholder: input.placeholderText
    property string accessibleName
    property alias input: input

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    IconImage {
        source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/search.svg"
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: Theme.textMuted
    }
    TextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: field.accessibleName
        Accessible.role: Accessible.EditableText
    }
    AppButton {
        objectName: field.objectName + "Clear"
        visible: input.text.length > 0
        text: qsTr("Clear")
        fillColor: "transparent"
        Accessible.name: qsTr("Clear the search")
        onClicked: input.clear()
    }
}
