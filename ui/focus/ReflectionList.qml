pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The person's reflections beside their focus (MyFocus.reflections); says which to edit.
ColumnLayout {
    id: list
    signal editRequested(string reflectionId, string thread, string text)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    RepeatedRows {
        model: MyFocus.reflections
        Card {
            id: entry
            required property int index
            required property string reflectionId
            required property string thread
            required property string text
            required property string dateText
            Layout.fillWidth: true
            Label {
                Layout.fillWidth: true
                text: entry.text
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontBody
                lineHeight: 1.2
                color: Theme.text
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    Layout.fillWidth: true
                    text: entry.dateText
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                AppButton {
                    objectName: "reflection_" + entry.index + "_edit"
                    text: qsTr("Edit")
                    icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/edit.svg"
                    Accessible.name: qsTr("Edit this reflection")
                    onClicked: list.editRequested(entry.reflectionId, entry.thread, entry.text)
                }
            }
        }
    }
}
