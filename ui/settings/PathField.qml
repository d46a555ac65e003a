import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Where a file is, or is to go (hand-over files and exports, docs/THERAPIST.md): a path that can be
// typed or pasted, and "Choose…" for the system's file dialog, as BackupFileField does for
// backups. The typed path is what works everywhere (tests, a desktop without a portal).
ColumnLayout {
    id: field
    property alias text: input.text
    property alias label: caption.text
    property bool saving: false
    property string dialogTitle
    property var nameFilters: [qsTr("All files (*)")]

    spacing: 4

    Label {
        id: caption
        Layout.fillWidth: true
        color: Theme.text
        font.pixelSize: Theme.fontBody
        wrapMode: Text.Wrap
    }
    AppTextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        color: Theme.text
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
        selectByMouse: true
        Accessible.name: caption.text
    }
    AppButton {
        objectName: field.objectName + "Choose"
        Layout.maximumWidth: field.width
        text: qsTr("Choose…")
        Accessible.name: field.dialogTitle
        onClicked: dialog.open()
    }
    FileDialog {
        id: dialog
        title: field.dialogTitle
        fileMode: field.saving ? FileDialog.SaveFile : FileDialog.OpenFile
        nameFilters: field.nameFilters
        onAccepted: {
            const path = YourData.localPath(selectedFile);
            if (path.length > 0)
                input.text = path;
        }
    }
}
