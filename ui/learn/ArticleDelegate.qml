import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// One piece in the library list: its title, what it is about (or, in search results, the
// words that matched), how long it takes, and whether it has been read, in words and an
// icon, not colour alone.
AbstractButton {
    id: control
    property string title
    property string summary
    property string snippet
    property string minutesText
    property bool isRead: false

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: (isRead ? qsTr("Read. ") : qsTr("Not read yet. ")) + minutesText + ". " + summary

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.divider
        border.width: 1
        FocusRing {
            target: control
        }
    }
    contentItem: ColumnLayout {
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: control.title
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontLarge
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            text: control.snippet.length > 0 ? control.snippet : control.summary
            textFormat: control.snippet.length > 0 ? Text.StyledText : Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.textMuted
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Label {
                Layout.fillWidth: true
                text: control.minutesText
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            IconImage {
                visible: control.isRead
                source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/check.svg"
                sourceSize.width: Theme.fontBody
                sourceSize.height: Theme.fontBody
                color: Theme.success
            }
            Label {
                visible: control.isRead
                text: qsTr("Read")
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
        }
    }
}
