import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Asks before something that cannot be undone. Keyboard: Esc cancels.
CalmDialog {
    id: dialog
    property string text
    property string confirmText: qsTr("OK")
    property string cancelText: qsTr("Keep it")
    signal confirmed

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 2 * Theme.spacing : 400, Theme.readingWidth)
    padding: Theme.spacing
    closePolicy: Popup.CloseOnEscape
    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.divider
    }

    // A question in bold above the text, if given. Not the Dialog's own title: its header made
    // the dialog's height depend on itself (a binding loop).
    property string heading

    contentItem: ColumnLayout {
        spacing: Theme.spacingSmall
        Label {
            objectName: dialog.objectName + "Heading"
            Layout.fillWidth: true
            visible: dialog.heading !== ""
            text: dialog.heading
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.bold: true
            color: Theme.text
            Accessible.role: Accessible.Heading
        }
        Label {
            Layout.fillWidth: true
            text: dialog.text
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
        }
    }
    footer: RowLayout {
        spacing: Theme.spacingSmall
        Item {
            Layout.fillWidth: true
        }
        AppButton {
            objectName: dialog.objectName + "Cancel"
            Layout.bottomMargin: Theme.spacing
            text: dialog.cancelText
            onClicked: dialog.close()
        }
        AppButton {
            objectName: dialog.objectName + "Confirm"
            Layout.bottomMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            text: dialog.confirmText
            onClicked: {
                dialog.close();
                dialog.confirmed();
            }
        }
    }
}
