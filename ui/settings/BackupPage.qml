import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Make a backup: one file, locked with its own passphrase, for a new phone or a lost one.
ScrollPage {
    id: page
    objectName: "backupPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Back up")
    property string resultText
    property bool resultOk: false

    Connections {
        target: YourData
        function onBackupFinished(ok, message) {
            page.resultOk = ok;
            page.resultText = message;
            // The next backup goes to the same folder, under today's name.
            if (ok)
                file.text = YourData.suggestedBackupPath;
        }
    }

    BodyText {
        text: qsTr("A backup is one file with everything in this app: your forms, notes, focus, letters and settings. It is locked with a passphrase of its own, so it can be kept on a computer, a memory stick or an online drive.")
    }
    Notice {
        text: qsTr("Nobody, not even your service, can open a backup without its passphrase. If it is forgotten, the backup cannot be used.")
    }
    BackupFileField {
        id: file
        objectName: "backupFile"
        Layout.fillWidth: true
        saving: true
        label: qsTr("The backup will be saved in")
        text: YourData.suggestedBackupPath
    }
    PassphraseField {
        id: current
        objectName: "backupCurrentPassphrase"
        Layout.fillWidth: true
        visible: YourData.needsPassphraseForBackup
        label: qsTr("Your passphrase for this app")
        onAccepted: chosen.input.forceActiveFocus()
    }
    PassphraseField {
        id: chosen
        objectName: "backupPassphrase"
        Layout.fillWidth: true
        label: qsTr("A passphrase for the backup (at least %1 characters)").arg(Session.minimumPassphraseLength)
        onAccepted: repeat.input.forceActiveFocus()
    }
    PassphraseField {
        id: repeat
        objectName: "backupPassphraseRepeat"
        Layout.fillWidth: true
        label: qsTr("Type the backup passphrase again")
        onAccepted: makeButton.clicked()
    }
    Notice {
        objectName: "backupResult"
        isError: !page.resultOk
        text: page.resultText
    }
    AppButton {
        id: makeButton
        objectName: "createBackup"
        Layout.fillWidth: true
        primary: true
        enabled: !YourData.busy
        text: YourData.busy ? qsTr("Making the backup…") : qsTr("Make the backup")
        onClicked: {
            page.resultText = "";
            YourData.createBackup(file.text, current.text, chosen.text, repeat.text);
            current.clear();
            chosen.clear();
            repeat.clear();
        }
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: YourData.busy
        visible: running
        Accessible.name: qsTr("Working")
    }
}
