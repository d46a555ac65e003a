pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Security, appearance and facts about the app.
ScrollPage {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")
    wideContent: true

    // The role chosen when the profile was made (docs/THERAPIST.md); it cannot change.
    BodyText {
        objectName: "profileRole"
        Layout.topMargin: Theme.spacingSmall
        text: Session.role === "therapist"
              ? qsTr("This is a therapist's profile. A profile's role cannot change: to use the app as a patient, lock it and start another profile from the lock screen.")
              : qsTr("This is a patient's profile. A profile's role cannot change: to use the app as a therapist, lock it and start another profile from the lock screen.")
    }
    // Problems in the service's set-up are shown, never only logged (docs/CLINICAL_SAFETY.md,
    // H12): what falls back to a built-in default, each with its file and field.
    Notice {
        objectName: "serviceProblems"
        isError: true
        text: AppInfo.serviceProblems.length === 0 ? ""
              : (Session.role === "therapist"
                 ? qsTr("This service’s set-up has a problem: tell whoever looks after the app for your service. The built-in risk rules still apply.")
                 : qsTr("This service’s set-up has a problem: tell your therapist. The built-in risk rules still apply."))
                + (AppInfo.serviceProblem.length > 0
                   ? "\n" + qsTr("Your service’s crisis contacts could not be used, so the built-in ones are shown.") : "")
                + "\n" + AppInfo.serviceProblemsText
    }
    // Two columns on a tablet: security and appearance; your data, sync, reminders and the app.
    GridLayout {
        objectName: "settingsGrid"
        Layout.fillWidth: true
        columns: page.columnWidth >= Theme.fontBody * 40 ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacing
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: page.columnWidth >= Theme.fontBody * 40 ? (page.columnWidth - Theme.spacingLarge) / 2 : page.columnWidth
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            Heading {
                level: 2
                text: qsTr("Privacy and security")
            }
            Card {
                Layout.fillWidth: true
                AppButton {
                    objectName: "lockNow"
                    Layout.fillWidth: true
                    visible: !Session.isDemo
                    icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/lock.svg"
                    text: qsTr("Lock now")
                    onClicked: Session.lock()
                }
                AppButton {
                    objectName: "openChangePassphrase"
                    Layout.fillWidth: true
                    visible: !Session.isDemo
                    text: qsTr("Change passphrase")
                    onClicked: page.StackView.view.push(changePassphrase)
                }
                BodyText {
                    text: qsTr("Lock automatically after this long without use:")
                }
                ComboBox {
                    id: autoLock
                    objectName: "autoLockMinutes"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    readonly property var minutes: [1, 2, 5, 10, 30]
                    model: minutes.map(m => qsTr("%n minute(s)", "", m))
                    currentIndex: Math.max(0, minutes.indexOf(Session.autoLockMinutes))
                    font.pixelSize: Theme.fontBody
                    Accessible.name: qsTr("Lock automatically after")
                    onActivated: index => Session.autoLockMinutes = minutes[index]
                }
                BodyText {
                    muted: true
                    text: qsTr("The app also locks as soon as you switch away from it.")
                }
                AppSwitch {
                    objectName: "quickUnlock"
                    Layout.fillWidth: true
                    visible: Session.quickUnlockAvailable && !Session.isDemo
                    text: qsTr("Unlock with this device instead of the passphrase")
                    checked: Session.quickUnlockEnabled
                    onToggled: Session.setQuickUnlockEnabled(checked)
                }
            }

            Heading {
                level: 2
                text: qsTr("Appearance")
            }
            Card {
                Layout.fillWidth: true
                BodyText {
                    text: qsTr("Colours")
                }
                ButtonGroup {
                    id: themeGroup
                }
                // Repeater in a layout: a fixed list of choices.
                Repeater {
                    model: [
                        { mode: "system", label: qsTr("Same as this device") },
                        { mode: "light", label: qsTr("Light") },
                        { mode: "dark", label: qsTr("Dark") }
                    ]
                    ChoiceRadio {
                        required property var modelData
                        objectName: "theme_" + modelData.mode
                        Layout.fillWidth: true
                        text: modelData.label
                        font.pixelSize: Theme.fontBody
                        checked: Appearance.themeMode === modelData.mode
                        ButtonGroup.group: themeGroup
                        Accessible.name: qsTr("Colours: %1").arg(text)
                        onClicked: Appearance.themeMode = modelData.mode
                    }
                }
                AppSwitch {
                    objectName: "reduceMotion"
                    Layout.fillWidth: true
                    text: qsTr("Reduce motion")
                    checked: Appearance.reduceMotion
                    onToggled: Appearance.reduceMotion = checked
                }
                BodyText {
                    muted: true
                    text: qsTr("Text follows your device’s text size setting.")
                }
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: page.columnWidth >= Theme.fontBody * 40 ? (page.columnWidth - Theme.spacingLarge) / 2 : page.columnWidth
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            // ---- Your data: backups and deleting everything (docs/SECURITY.md) ----
            Heading {
                level: 2
                text: qsTr("Your data")
            }
            Card {
                Layout.fillWidth: true
                BodyText {
                    text: qsTr("Everything you enter is kept only on this device. A backup keeps a copy safe for a new or lost phone.")
                }
                AppButton {
                    objectName: "openBackup"
                    Layout.fillWidth: true
                    text: qsTr("Back up…")
                    onClicked: page.StackView.view.push(backupPage)
                }
                AppButton {
                    objectName: "openRestore"
                    Layout.fillWidth: true
                    text: qsTr("Restore from a backup…")
                    onClicked: page.StackView.view.push(restorePage)
                }
                // The patient's side of hand-over files (the therapist's is on each patient's
                // page).
                AppButton {
                    objectName: "openHandoverFiles"
                    visible: Session.role === "patient"
                    Layout.fillWidth: true
                    text: qsTr("Files for and from your therapist…")
                    onClicked: page.StackView.view.push(handoverFilePage)
                }
                AppButton {
                    objectName: "openDeleteEverything"
                    Layout.fillWidth: true
                    text: qsTr("Delete everything…")
                    textColor: Theme.error
                    onClicked: page.StackView.view.push(deleteEverythingPage)
                }
            }
            Component {
                id: backupPage
                BackupPage {}
            }
            Component {
                id: restorePage
                RestorePage {}
            }
            Component {
                id: handoverFilePage
                HandoverFilePage {}
            }
            Component {
                id: deleteEverythingPage
                DeleteEverythingPage {
                    onBackupRequested: StackView.view.replace(backupPage)
                }
            }
            // ---- end of Your data ----
            // Sync with the therapist's tablet, off unless paired.
            SyncCard {
                Layout.fillWidth: true
                visible: Session.role === "patient"
                pairText: qsTr("Pair with my therapist…")
                onPairRequested: page.StackView.view.push(pairWithTherapistPage)
            }
            Component {
                id: pairWithTherapistPage
                PairWithTherapistPage {}
            }
            RemindersSettings {}

            Heading {
                level: 2
                text: qsTr("About")
            }
            Card {
                Layout.fillWidth: true
                BodyText {
                    text: qsTr("DIT Companion %1").arg(Qt.application.version)
                }
                BodyText {
                    text: qsTr("Your data is stored only on this device, encrypted with your passphrase.")
                }
                BodyText {
                    text: qsTr("This app is not monitored. No one is alerted by what you enter here. If you need help now, use “Get help” at the top of the screen.")
                }
            }

            Component {
                id: changePassphrase
                ChangePassphrasePage {}
            }
        }
    }
}
