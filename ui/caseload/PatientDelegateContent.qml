import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// What a caseload row shows (its own file: a control's contentItem holds no ids).
RowLayout {
    id: content
    property string label
    property string courseLine
    property string nextSession
    property string riskText
    property bool archived: false

    spacing: Theme.spacing

    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2
        Label {
            Layout.fillWidth: true
            text: content.archived ? qsTr("%1 (archived)").arg(content.label) : content.label
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: content.archived ? Theme.textMuted : Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: content.courseLine
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: content.nextSession.length > 0 ? qsTr("Next: %1").arg(content.nextSession) : ""
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
        RowLayout {
            Layout.fillWidth: true
            visible: content.riskText.length > 0
            spacing: Theme.spacingSmall
            IconImage {
                Layout.alignment: Qt.AlignTop
                source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/flag.svg"
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: Theme.crisis
            }
            Label {
                Layout.fillWidth: true
                text: content.riskText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
            }
        }
    }
    IconImage {
        Layout.alignment: Qt.AlignVCenter
        source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/chevron.svg"
        sourceSize.width: Theme.iconSize
        sourceSize.height: Theme.iconSize
        color: Theme.textMuted
    }
}
