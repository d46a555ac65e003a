pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// "Pair device" for one patient, on the therapist's tablet (issue 7). With the sync server's
// address (kept in this profile) and the server admin's name and password (typed here, used
// once, never kept) it makes the pair and shows the code: a QR code, the short code when the
// service has a rendezvous on that server (the long code behind a button then), and the four
// words both screens must show.
ScrollPage {
    id: page
    objectName: "pairDevicePage"
    property string patientId
    property string label
    property bool showLongCode: false
    readonly property bool hasShortCode: SyncPairing.shortCode.length > 0
    title: qsTr("Pair device")

    function provision() {
        SyncPairing.serverAddress = serverField.text;
        SyncPairing.provision(page.patientId, page.label, adminName.text, adminPassword.text);
        adminPassword.text = "";
    }

    Component.onCompleted: {
        if (!SyncPairing.showExisting(page.patientId))
            serverField.forceActiveFocus();
    }
    Component.onDestruction: SyncPairing.clear()

    // Before: where the server is and who may create the pair there.
    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: !SyncPairing.hasCode
        BodyText {
            text: qsTr("Pairing lets %1’s phone and this tablet share their forms, focus and letter through your service’s sync server, encrypted so the server cannot read them.").arg(page.label)
        }
        Label {
            text: qsTr("Sync server address")
            font.pixelSize: Theme.fontBody // regular, like every other field's label
            color: Theme.text
        }
        TextField {
            id: serverField
            objectName: "syncServerField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            color: Theme.text
            text: SyncPairing.serverAddress
            placeholderText: "https://"
            inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Sync server address")
            Accessible.description: qsTr("Kept in this profile for next time")
            onAccepted: adminName.forceActiveFocus()
        }
        Label {
            text: qsTr("Server admin name")
            font.pixelSize: Theme.fontBody // regular, like every other field's label
            color: Theme.text
        }
        TextField {
            id: adminName
            objectName: "syncAdminName"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            color: Theme.text
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText | Qt.ImhSensitiveData
            Accessible.name: qsTr("Server admin name")
            onAccepted: adminPassword.input.forceActiveFocus()
        }
        PassphraseField {
            id: adminPassword
            objectName: "syncAdminPassword"
            Layout.fillWidth: true
            label: qsTr("Server admin password")
            onAccepted: page.provision()
        }
        BodyText {
            muted: true
            text: qsTr("The admin name and password are used once, to create the pair on the server, and are not kept.")
        }
        Notice {
            objectName: "pairDeviceProblem"
            isError: true
            text: SyncPairing.errorMessage
        }
        AppButton {
            objectName: "makePairingCode"
            Layout.fillWidth: true
            primary: true
            enabled: !SyncPairing.busy && serverField.text.trim().length > 0
                     && adminName.text.trim().length > 0 && adminPassword.text.length > 0
            text: qsTr("Make the pairing code")
            onClicked: page.provision()
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
