pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// "Pair device" for one patient, on the therapist's tablet. With one pair slot from the
// service's IT (docs/SYNC.md, "Setting up the server": a pair already made on the server,
// so this tablet never holds the server's admin account) it keeps the pair and shows the code: a QR code, the short code when the
// service has a rendezvous on that server (the long code behind a button then), and the four
// words both screens must show.
ScrollPage {
    id: page
    objectName: "pairDevicePage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    property string patientId
    property string label
    property bool showLongCode: false
    property bool slotFileDeleted: false
    readonly property bool hasShortCode: SyncPairing.shortCode.length > 0
    title: page.label.length > 0 ? qsTr("Pair device — %1").arg(page.label) : qsTr("Pair device")

    function provision() {
        SyncPairing.provision(page.patientId, page.label, slotField.text);
        if (SyncPairing.hasCode)
            slotField.text = "";
    }

    Component.onCompleted: {
        if (!SyncPairing.showExisting(page.patientId))
            slotField.forceActiveFocus();
    }
    Component.onDestruction: SyncPairing.clear()

    // Before: the pair slot the service's IT gave this clinician.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: !SyncPairing.hasCode
        BodyText {
            text: qsTr("Pairing lets %1’s phone and this tablet share their forms, focus and letter through your service’s sync server, encrypted so the server cannot read them.").arg(page.label)
        }
        Label {
            text: qsTr("Pair slot")
            font.pixelSize: Theme.fontBody // regular, like every other field's label
            color: Theme.text
        }
        BodyText {
            muted: true
            text: qsTr("Your service’s IT gives you pair slots, one for each patient, as a line of text or as a file. Type or paste one; capitals, spaces and dashes do not matter.")
        }
        AppTextField {
            id: slotField
            objectName: "pairSlotField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            font.family: "monospace"
            color: Theme.text
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Pair slot")
            onAccepted: page.provision()
        }
        AppButton {
            objectName: "makePairingCode"
            Layout.fillWidth: true
            primary: true
            enabled: !SyncPairing.busy && slotField.text.trim().length > 0
            text: qsTr("Make the pairing code")
            onClicked: page.provision()
        }
        // Or the slot as a file, as IT's `ditc server prepare` writes it (one slot a file).
        PathField {
            id: slotFile
            objectName: "pairSlotFile"
            Layout.fillWidth: true
            label: qsTr("Or the pair slot file")
            dialogTitle: qsTr("Choose the pair slot file")
            nameFilters: [qsTr("Pair slot files (*.txt)"), qsTr("All files (*)")]
        }
        AppButton {
            objectName: "pairUseSlotFile"
            Layout.fillWidth: true
            enabled: !SyncPairing.busy && slotFile.text.trim().length > 0
            text: qsTr("Make the pairing code from this file")
            onClicked: {
                page.slotFileDeleted = false;
                SyncPairing.provisionFromFile(page.patientId, page.label, slotFile.text);
                if (SyncPairing.hasCode)
                    slotFile.text = "";
            }
        }
        Notice {
            objectName: "pairDeviceProblem"
            isError: true
            text: SyncPairing.errorMessage
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: SyncPairing.busy
            visible: running
            Accessible.name: qsTr("Working")
        }
    }

    // After: the code, three ways.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: SyncPairing.hasCode
        // The slot file holds the pair's secret for as long as it exists: offer to delete it.
        Card {
            objectName: "pairSlotFileCard"
            Layout.fillWidth: true
            visible: SyncPairing.usedSlotFile.length > 0 || page.slotFileDeleted
            BodyText {
                objectName: "pairSlotFileNote"
                text: page.slotFileDeleted
                      ? qsTr("The slot file was deleted.")
                      : qsTr("The pair is kept on this tablet. The slot file (%1) still holds this pair’s secret: delete it now, unless your service asks you to keep it.").arg(SyncPairing.usedSlotFile)
            }
            AppButton {
                objectName: "pairDeleteSlotFile"
                Layout.fillWidth: true
                visible: !page.slotFileDeleted
                text: qsTr("Delete the slot file")
                onClicked: page.slotFileDeleted = SyncPairing.deleteSlotFile()
            }
            Notice {
                isError: true
                text: SyncPairing.errorMessage
            }
        }
        BodyText {
            objectName: "pairInstructions"
            text: qsTr("Ask them to scan this or type the code, then check that their phone shows the same four words.")
        }
        QrCodeView {
            objectName: "pairQrCode"
            Layout.alignment: Qt.AlignHCenter
            maximumSize: Math.min(page.width - 2 * Theme.spacing, 420)
            modulesWide: SyncPairing.qrWidth
            modules: SyncPairing.qrModules
        }
        Heading {
            level: 3
            visible: page.hasShortCode
            text: qsTr("Or type this short code")
        }
        Flow {
            objectName: "pairShortCode"
            visible: page.hasShortCode
            Layout.fillWidth: true
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Short code: %1").arg(SyncPairing.spokenShortCode)
            Repeater {
                model: SyncPairing.shortCodeGroups
                Label {
                    required property string modelData
                    text: modelData
                    font.family: "monospace"
                    font.pixelSize: Math.round(Theme.fontTitle * 1.3)
                    font.weight: Font.DemiBold
                    color: Theme.text
                }
            }
        }
        BodyText {
            visible: page.hasShortCode
            muted: true
            text: qsTr("It works once, for %1 minutes.").arg(SyncPairing.shortCodeMinutes)
        }
        BodyText {
            objectName: "pairMakingShortCode"
            visible: SyncPairing.makingShortCode
            muted: true
            text: qsTr("Making a short code…")
        }
        Notice {
            objectName: "pairShortCodeProblem"
            text: SyncPairing.shortCodeProblem.length > 0
                  ? qsTr("No short code this time (%1). Use the QR code or the long code.").arg(SyncPairing.shortCodeProblem)
                  : ""
        }
        AppButton {
            objectName: "pairShowLongCode"
            visible: page.hasShortCode
            Layout.fillWidth: true
            text: page.showLongCode ? qsTr("Hide the long code") : qsTr("Show the long code")
            onClicked: page.showLongCode = !page.showLongCode
        }
        Heading {
            level: 3
            visible: !page.hasShortCode || page.showLongCode
            text: page.hasShortCode ? qsTr("Long code") : qsTr("Code to type")
        }
        Flow {
            objectName: "pairCodeGroups"
            visible: !page.hasShortCode || page.showLongCode
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Code to type: %1").arg(SyncPairing.spokenCode)
            Repeater {
                model: SyncPairing.codeGroups
                Label {
                    objectName: "pairCodeGroup"
                    required property string modelData
                    text: modelData
                    font.family: "monospace"
                    font.pixelSize: Theme.fontLarge
                    color: Theme.text
                }
            }
        }
        Heading {
            level: 3
            text: qsTr("Check words")
        }
        Heading {
            objectName: "pairPhrase"
            level: 2
            text: SyncPairing.phrase
        }
        PairCheck {
            subject: page.patientId
        }
        AppButton {
            objectName: "pairDone"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Done")
            onClicked: page.StackView.view.pop()
        }
    }
}
