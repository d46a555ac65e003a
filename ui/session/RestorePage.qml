import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Restore a backup: into a new profile (the welcome page), or added to this one (Settings).
ScrollPage {
    id: page
    objectName: "restorePage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Restore from a backup")
    // True on the welcome page: the backup becomes this app's data, under a new passphrase.
    property bool newProfile: false
    property string resultText
    property bool resultOk: false
    // True once a restore has started (its new passphrase was accepted): a failure then lies
    // with the backup or its passphrase, so only the backup's passphrase box is cleared.
    property bool started: false

    Connections {
        target: YourData
        function onRestoreFinished(ok, message) {
            page.resultOk = ok;
            page.resultText = message;
            if (ok || page.started)
                backupPassphrase.clear();
            if (ok) {
                newPassphrase.clear();
                repeatPassphrase.clear();
            }
            page.started = false;
        }
    }

    BodyText {
        text: page.newProfile
              ? qsTr("Bring back everything from a backup file. You choose a new passphrase for this device now; the backup keeps its own.")
              : qsTr("Add everything from a backup to what is here already. Nothing here is changed or removed, and nothing is added twice.")
    }
    BackupFileField {
        id: file
        objectName: "restoreFile"
        Layout.fillWidth: true
        label: qsTr("Backup file")
    }
    PassphraseField {
        id: backupPassphrase
        objectName: "restoreBackupPassphrase"
        Layout.fillWidth: true
        label: qsTr("The backup’s passphrase")
        onAccepted: page.newProfile ? newPassphrase.input.forceActiveFocus() : restoreButton.clicked()
    }
    PassphraseField {
        id: newPassphrase
        objectName: "restoreNewPassphrase"
        Layout.fillWidth: true
        visible: page.newProfile
        label: qsTr("A new passphrase for this app (at least %1 characters)").arg(Session.minimumPassphraseLength)
        onAccepted: repeatPassphrase.input.forceActiveFocus()
    }
    PassphraseField {
        id: repeatPassphrase
        objectName: "restoreNewPassphraseRepeat"
        Layout.fillWidth: true
        visible: page.newProfile
        label: qsTr("Type the new passphrase again")
        onAccepted: restoreButton.clicked()
    }
    Notice {
        objectName: "restoreResult"
        isError: !page.resultOk
        text: page.resultText
    }
    AppButton {
        id: restoreButton
        objectName: "restoreBackup"
        Layout.fillWidth: true
        primary: true
        enabled: !YourData.busy && file.text.length > 0
        text: YourData.busy ? qsTr("Restoring…") : qsTr("Restore")
        onClicked: {
            page.resultText = "";
            page.started = false;
            // Nothing typed is cleared by a mistake elsewhere: a refused new passphrase keeps
            // all three boxes; a wrong backup passphrase clears only its own (onRestoreFinished).
            if (page.newProfile)
                YourData.restoreAsNewProfile(file.text, backupPassphrase.text, newPassphrase.text, repeatPassphrase.text);
            else
                YourData.restoreIntoThisProfile(file.text, backupPassphrase.text);
            page.started = YourData.busy;
        }
    }
    BusyIndicator {
        Layout.alignment: Qt.AlignHCenter
        running: YourData.busy
        visible: running
        Accessible.name: qsTr("Working")
    }
}
