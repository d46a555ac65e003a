import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.design

// A search box with a search icon and a clear button. Nothing typed here is remembered or
// suggested by the input method.
RowLayout {
    id: field
    property alias text: input.text
    property string placeholder
    // Shown instead when the placeholder would be cut off (large text, a longer language).
    property string shortPlaceholder: qsTr("Search")
    property string accessibleName
    property alias input: input

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    IconImage {
        source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/search.svg"
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: Theme.textMuted
    }
    AppTextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        placeholderText: placeholderMetrics.advanceWidth > input.width - input.leftPadding - input.rightPadding ? field.shortPlaceholder : field.placeholder
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
        Accessible.name: field.accessibleName
        Accessible.role: Accessible.EditableText
    }
    TextMetrics {
        id: placeholderMetrics
        text: field.placeholder
        font: input.font
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
