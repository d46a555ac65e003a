import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Where a backup file is, or is to go: a path that can be typed or pasted, and "Choose…" for
// the system's file dialog. The typed path is what works everywhere (tests, a desktop without
// a portal); the dialog is the easy way on a desktop. Phones hand back content:// addresses,
// which are not paths: see docs/SECURITY.md, "Backups on Android and iOS".
ColumnLayout {
    id: field
    property alias text: input.text
    property alias label: caption.text
    property bool saving: false
    // Saving: where the file goes, in plain words and in full; the path box opens on request.
    property bool typing: !saving

    spacing: 4

    Label {
        id: caption
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    BodyText {
        objectName: field.objectName + "Where"
        visible: field.saving
        font.weight: Font.DemiBold
        text: input.text.length > 0 ? YourData.placeInWords(input.text) : ""
    }
    // The field takes the whole width (a path is long, and text may be large); the button
    // sits under it.
    AppTextField {
        id: input
        objectName: field.objectName + "Input"
        visible: field.typing
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        selectByMouse: true
        Accessible.name: caption.text
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        AppButton {
            objectName: field.objectName + "Choose"
            width: Math.min(implicitWidth, field.width)
            text: field.saving ? qsTr("Choose another place…") : qsTr("Choose…")
            Accessible.name: field.saving ? qsTr("Choose where to save the backup") : qsTr("Choose the backup file")
            onClicked: dialog.open()
        }
        AppButton {
            objectName: field.objectName + "Type"
            visible: !field.typing
            width: Math.min(implicitWidth, field.width)
            text: qsTr("Type a path")
            onClicked: {
                field.typing = true;
                input.forceActiveFocus();
            }
        }
    }
    FileDialog {
        id: dialog
        title: field.saving ? qsTr("Save the backup as") : qsTr("Choose a backup file")
        fileMode: field.saving ? FileDialog.SaveFile : FileDialog.OpenFile
        nameFilters: [qsTr("DIT Companion backups (*.ditbackup)"), qsTr("All files (*)")]
        onAccepted: {
            const path = YourData.localPath(selectedFile);
            if (path.length > 0)
                input.text = path;
        }
    }
}
