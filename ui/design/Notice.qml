import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// A short message beside an icon: an error (announced to screen readers at once) or
// information. The icon and the words carry the meaning, not the colour alone.
Rectangle {
    id: notice
    property alias text: message.text
    property bool isError: false

    visible: text.length > 0
    Layout.fillWidth: true
    implicitHeight: row.implicitHeight + 2 * Theme.spacingSmall
    radius: Theme.radius
    color: isError ? Qt.rgba(Theme.error.r, Theme.error.g, Theme.error.b, 0.12) : Theme.primarySoft
    Accessible.role: isError ? Accessible.AlertMessage : Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row
        x: Theme.spacingSmall
        y: Theme.spacingSmall
        width: parent.width - 2 * Theme.spacingSmall
        spacing: Theme.spacingSmall
        IconImage {
            Layout.alignment: Qt.AlignTop
            source: notice.isError ? "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/alert.svg"
                                   : "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/info.svg"
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: notice.isError ? Theme.error : Theme.textOnPrimarySoft
        }
        Label {
            id: message
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: notice.isError ? Theme.text : Theme.textOnPrimarySoft
            font.pixelSize: Theme.fontBody
        }
    }
}
