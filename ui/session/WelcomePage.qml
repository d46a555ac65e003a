import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// First run: what the app is, who it is for, then a passphrase.
Page {
    id: page
    objectName: "welcomePage"
    // 0: what the app is, 1: a passphrase, 2: restore from a backup (straight there after
    // damaged files were set aside).
    property int step: YourData.setAsideFolder.length > 0 ? 2 : 0
    property string role: "patient"

    background: Rectangle {
        color: Theme.background
    }
    header: AppHeader {
        title: page.step === 0 ? qsTr("Welcome") : page.step === 1 ? qsTr("Choose a passphrase") : qsTr("Restore from a backup")
        canGoBack: page.step > 0 && !Session.busy && !YourData.busy
        onBackRequested: page.step = 0
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.step

        ScrollPage {
            // Who it is for first; the rest in a few lines.
            Heading {
                objectName: "welcomeQuestion"
                text: qsTr("Who is this app for?")
            }
            ButtonGroup {
                id: roleGroup
            }
            RoleChoice {
                objectName: "rolePatient"
                ButtonGroup.group: roleGroup
                checked: page.role === "patient"
                title: qsTr("I am having therapy")
                detail: qsTr("Your forms before each session, what to expect, and your goodbye letter to keep.")
                onClicked: page.role = "patient"
            }
            RoleChoice {
                objectName: "roleTherapist"
                ButtonGroup.group: roleGroup
                checked: page.role === "therapist"
                title: qsTr("I am a therapist")
                detail: qsTr("For the people you see in Dynamic Interpersonal Therapy.")
                onClicked: page.role = "therapist"
            }
            BodyText {
                objectName: "roleKept"
                muted: true
                text: qsTr("A profile stays the kind you choose. If you later need the other kind as well, you can start a second profile from the lock screen, and this one stays as it is.")
            }
            BodyText {
                text: qsTr("Everything stays on this device, locked with a passphrase only you know. Nothing is sent anywhere unless you and your therapist turn on sync.")
            }
            BodyText {
                text: qsTr("This app is not monitored. If you need help now, use “Get help” at the top of any screen.")
            }
            AppButton {
                objectName: "welcomeContinue"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Continue")
                onClicked: {
                    page.step = 1;
                    newPassphrase.input.forceActiveFocus();
                }
            }
            AppButton {
                objectName: "welcomeRestore"
                Layout.fillWidth: true
                text: qsTr("Restore from a backup")
                onClicked: page.step = 2
            }
            // Started from another profile's lock screen (docs/THERAPIST.md): the way back to it.
            AppButton {
                objectName: "welcomeBackToProfile"
                visible: Profiles.canGoBack
                Layout.fillWidth: true
                fillColor: "transparent"
                text: qsTr("Back to the profile you had open")
                onClicked: Profiles.goBack()
            }
        }

        ScrollPage {
            BodyText {
                text: qsTr("You will type this each time you open the app. Three or four random words are easy to remember and hard to guess.")
            }
            Notice {
                text: qsTr("If you forget your passphrase, your data cannot be recovered by anyone. Keeping a backup (in Settings) protects against losing your phone, not against forgetting.")
            }
            PassphraseField {
                id: newPassphrase
                objectName: "newPassphrase"
                Layout.fillWidth: true
                label: qsTr("Passphrase (at least %1 characters)").arg(Session.minimumPassphraseLength)
                onAccepted: repeatPassphrase.input.forceActiveFocus()
            }
            PassphraseField {
                id: repeatPassphrase
                objectName: "repeatPassphrase"
                Layout.fillWidth: true
                label: qsTr("Type it again")
                onAccepted: createButton.clicked()
            }
            Notice {
                objectName: "welcomeError"
                isError: true
                text: Session.errorMessage
            }
            AppButton {
                id: createButton
                objectName: "createProfile"
                Layout.fillWidth: true
                primary: true
                enabled: !Session.busy
                text: Session.busy ? qsTr("Setting up your private space…") : qsTr("Create my private space")
                onClicked: {
                    Session.createProfile(newPassphrase.text, repeatPassphrase.text, page.role);
                    // Refused (too short, not the same): what was typed stays, with the
                    // message, to be put right. Accepted: the boxes are emptied.
                    if (Session.busy || Session.errorMessage.length === 0) {
                        newPassphrase.clear();
                        repeatPassphrase.clear();
                    }
                }
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: Session.busy
                visible: running
                Accessible.name: qsTr("Working")
            }
        }

        ColumnLayout {
            spacing: 0
            Notice {
                objectName: "setAsideNotice"
                Layout.margins: Theme.spacing
                text: YourData.setAsideFolder.length > 0
                      ? qsTr("The damaged files were kept, unchanged, in %1.").arg(YourData.setAsideFolder)
                      : ""
            }
            RestorePage {
                objectName: "welcomeRestorePage"
                Layout.fillWidth: true
                Layout.fillHeight: true
                newProfile: true
            }
        }
    }
}
