import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// "Pair with my therapist" on the patient's phone (issue 7): type or paste the code the
// therapist's tablet shows (the short code, looked up on the service's server, or the long
// one), compare the four words on both screens, then pair.
ScrollPage {
    id: page
    objectName: "pairWithTherapistPage"
    title: qsTr("Pair with my therapist")
    readonly property bool checking: SyncPairing.phrase.length > 0

    // A long code is checked at once; a short one is looked up first (codeAccepted follows).
    function check() {
        SyncPairing.checkCode(codeField.text);
    }

    Connections {
        target: SyncPairing
        function onCodeAccepted() {
            codeField.text = "";
            matchButton.forceActiveFocus();
        }
    }

    Component.onCompleted: codeField.forceActiveFocus()
    Component.onDestruction: SyncPairing.clear()

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: !page.checking
        BodyText {
            text: SyncPairing.shortCodesAccepted
                  ? qsTr("Your therapist’s tablet shows a short code and a long one. Type either here, or paste it. Capitals, spaces and dashes do not matter.")
                  : qsTr("Your therapist’s tablet shows a pairing code. Type it here, or paste it. Capitals, spaces and dashes do not matter.")
        }
        Label {
            text: qsTr("Pairing code")
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
        }
        TextField {
            id: codeField
            objectName: "pairingCodeField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontLarge
            font.family: "monospace"
            color: Theme.text
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Pairing code")
            onAccepted: page.check()
        }
        Notice {
            objectName: "pairingCodeProblem"
            isError: true
            text: SyncPairing.errorMessage
        }
        AppButton {
            objectName: "checkPairingCode"
            Layout.fillWidth: true
            primary: true
            enabled: codeField.text.trim().length > 0 && !SyncPairing.busy
            text: qsTr("Next")
            onClicked: page.check()
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: SyncPairing.busy
            visible: running
            Accessible.name: qsTr("Looking up the code")
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: page.checking
        BodyText {
            text: qsTr("Check that your therapist’s tablet shows these four words:")
        }
        Heading {
            objectName: "pairingPhrase"
            level: 2
            text: SyncPairing.phrase
        }
        BodyText {
            muted: true
            text: qsTr("If they differ, the code was typed wrongly or is not your therapist’s: do not pair.")
        }
        Notice {
            isError: true
            text: SyncPairing.errorMessage
        }
        AppButton {
            id: matchButton
            objectName: "confirmPairing"
            Layout.fillWidth: true
            primary: true
            text: qsTr("The words match: pair")
            onClicked: {
                if (SyncPairing.confirmPairing())
                    page.StackView.view.pop();
            }
        }
        AppButton {
            objectName: "wordsDiffer"
            Layout.fillWidth: true
            text: qsTr("They differ")
            onClicked: {
                SyncPairing.clear();
                codeField.forceActiveFocus();
            }
        }
    }
}
