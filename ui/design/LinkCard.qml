import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// A card that opens something: an icon, a title, a line of detail and a chevron. The whole
// card is one button, at least 48 px tall, operable by keyboard.
AbstractButton {
    id: control
    property string title
    property string detail
    property url iconSource

    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    padding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: title
    Accessible.description: detail

    background: Rectangle {
        radius: Theme.radius
        color: control.down ? Theme.surfaceAlt : Theme.surface
        border.color: Theme.divider
        border.width: 1
        FocusRing {
            target: control
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        IconImage {
            Layout.alignment: Qt.AlignTop
            visible: String(control.iconSource) !== ""
            source: control.iconSource
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
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
                visible: text.length > 0
                text: control.detail
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
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
}
