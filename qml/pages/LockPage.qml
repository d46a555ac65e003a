import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// Asks for the passphrase. Wrong answers are refused plainly; repeated ones wait a while.
Page {
    id: page
    objectName: "lockPage"

    background: Rectangle {
        color: Theme.background
    }
    header: AppHeader {
        title: qsTr("DIT Companion")
    }

    Component.onCompleted: passphrase.input.forceActiveFocus()

    ScrollPage {
        anchors.fill: parent

        IconImage {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingLarge
            source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/lock.svg"
            sourceSize.width: 56
            sourceSize.height: 56
            color: Theme.primary
        }
        Heading {
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Welcome back")
        }
        BodyText {
            horizontalAlignment: Text.AlignHCenter
            muted: true
            text: qsTr("Enter your passphrase to open your private space.")
        }
        PassphraseField {
            id: passphrase
            objectName: "unlockPassphrase"
            Layout.fillWidth: true
            label: qsTr("Passphrase")
            input.enabled: !Session.busy && Session.lockoutSeconds === 0
            onAccepted: unlockButton.clicked()
        }
        Notice {
            objectName: "unlockError"
            isError: true
            text: Session.lockoutSeconds > 0
                  ? qsTr("Too many attempts. You can try again in %n second(s).", "", Session.lockoutSeconds)
                  : Session.errorMessage
        }
        AppButton {
            id: unlockButton
            objectName: "unlockButton"
            Layout.fillWidth: true
            primary: true
            enabled: !Session.busy && Session.lockoutSeconds === 0
            text: Session.busy ? qsTr("Unlocking…") : qsTr("Unlock")
            onClicked: {
                if (passphrase.text.length === 0)
                    return;
                Session.unlock(passphrase.text);
                passphrase.clear();
            }
        }
        AppButton {
            objectName: "unlockWithDevice"
            Layout.fillWidth: true
            visible: Session.quickUnlockEnabled && Session.quickUnlockAvailable
            enabled: !Session.busy
            text: qsTr("Unlock with this device")
            onClicked: Session.unlockWithDevice()
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: Session.busy
            visible: running
            Accessible.name: qsTr("Unlocking")
        }
    }
}
