import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

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

    // The other profiles on this device (docs/THERAPIST.md), chosen here: each has its own passphrase.
    property bool choosingProfile: false

    Component.onCompleted: passphrase.input.forceActiveFocus()

    // Made only when asked for, so that at start only what the lock screen shows is made
    // (docs/PERFORMANCE.md, "Start-up").
    Loader {
        anchors.fill: parent
        active: page.choosingProfile
        sourceComponent: ScrollPage {
            objectName: "profileChoice"

            Heading {
                text: qsTr("Profiles on this device")
            }
            BodyText {
                muted: true
                text: qsTr("Each profile is separate, with its own passphrase: for example your own, and one for your work as a therapist. Nothing here deletes or changes a profile.")
            }
            Repeater {
                model: Profiles.list
                RoleChoice {
                    required property var model
                    required property int index
                    objectName: "profile_" + index
                    checked: model.current
                    title: model.title
                    detail: model.detail
                    onClicked: {
                        if (!model.current)
                            Profiles.open(model.path);
                        page.choosingProfile = false;
                    }
                }
            }
            AppButton {
                objectName: "startNewProfile"
                Layout.fillWidth: true
                icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/plus.svg"
                text: qsTr("Start a new profile")
                onClicked: Profiles.startNew()
            }
            AppButton {
                objectName: "profilesBack"
                Layout.fillWidth: true
                text: qsTr("Back")
                onClicked: page.choosingProfile = false // qmllint disable unqualified
            }
        }
    }

    ScrollPage {
        anchors.fill: parent
        visible: !page.choosingProfile

        IconImage {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: Theme.spacingLarge
            source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/lock.svg"
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
        // What is shown only sometimes is made only then (docs/PERFORMANCE.md, "Start-up").
        Loader {
            Layout.fillWidth: true
            active: Session.handedOver
            visible: active
            sourceComponent: Notice {
                objectName: "handedOverNotice"
                text: qsTr("This tablet was handed to a patient. Please give it back to the therapist: only their passphrase opens it.")
            }
        }
        Loader {
            Layout.fillWidth: true
            active: Profiles.available && Profiles.count > 1
            visible: active
            sourceComponent: BodyText {
                objectName: "profileTitle"
                horizontalAlignment: Text.AlignHCenter
                text: qsTr("Opening: %1").arg(Profiles.currentTitle)
            }
        }
        PassphraseField {
            id: passphrase
            objectName: "unlockPassphrase"
            Layout.fillWidth: true
            label: qsTr("Passphrase")
            input.enabled: !Session.busy && Session.lockoutSeconds === 0
            onAccepted: unlockButton.clicked()
        }
        AttemptNotice {
            objectName: "unlockError"
            lockedOut: Session.lockoutSeconds > 0
            lockoutText: Session.lockoutRecordLost
                         ? qsTr("The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute(s) before the next try.", "", Session.lockoutFullMinutes)
                           + " " + qsTr("You can try again in %n second(s).", "", Session.lockoutSeconds)
                         : qsTr("Too many attempts. You can try again in %n second(s).", "", Session.lockoutSeconds)
            errorMessage: Session.errorMessage
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
        Loader {
            Layout.fillWidth: true
            active: Session.quickUnlockEnabled && Session.quickUnlockAvailable
            visible: active
            sourceComponent: AppButton {
                objectName: "unlockWithDevice"
                enabled: !Session.busy
                text: qsTr("Unlock with this device")
                onClicked: Session.unlockWithDevice()
            }
        }
        Loader {
            Layout.alignment: Qt.AlignHCenter
            active: Session.busy
            visible: active
            sourceComponent: BusyIndicator {
                running: true
                Accessible.name: qsTr("Unlocking")
            }
        }
        AppButton {
            objectName: "otherProfiles"
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacingLarge
            visible: Profiles.available && !Session.busy
            fillColor: "transparent"
            text: Profiles.count > 1 ? qsTr("Other profiles on this device…") : qsTr("Start another profile…")
            Accessible.description: qsTr("Open another profile on this device, or start a new one. Nothing is deleted.")
            onClicked: {
                Profiles.refresh();
                page.choosingProfile = true;
            }
        }
    }
}
