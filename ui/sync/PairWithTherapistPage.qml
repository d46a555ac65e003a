import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// "Pair with my therapist" on the patient's phone (docs/SYNC.md): scan the QR code the
// therapist's tablet shows, or type or paste its code (the short code, looked up on the
// service's server, or the long one); compare the four words on both screens, then pair. A
// scanned code goes the same way as a typed one.
ScrollPage {
    id: page
    objectName: "pairWithTherapistPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Pair with my therapist")
    readonly property bool checking: SyncPairing.phrase.length > 0
    readonly property bool canScan: QrScanner.state === QrScanner.Idle
                                    || QrScanner.state === QrScanner.Scanning
    // The scanner view is open (it turns the camera on and off itself).
    property bool scanning: false

    // A long code (typed or scanned) is checked at once; a short one is looked up first.
    // Either way an accepted code is followed by codeAccepted. False: not (yet) accepted.
    function check(code) {
        return SyncPairing.checkCode(code);
    }

    Connections {
        target: SyncPairing
        function onCodeAccepted() {
            codeField.text = "";
            matchButton.forceActiveFocus();
        }
    }

    function endScan() {
        page.scanning = false;
        if (page.canScan)
            scanButton.forceActiveFocus();
        else
            codeField.forceActiveFocus();
    }

    Connections {
        target: QrScanner
        function onFound(code) {
            page.scanning = false;
            if (!page.check(code))
                scanButton.forceActiveFocus();
        }
        function onStateChanged() {
            // The camera went off without a code (it could not be used, or the app left the
            // foreground): close the view; the page says why when it matters. Later: this
            // may come while the scanner view is still being made.
            if (page.scanning && QrScanner.state !== QrScanner.Scanning)
                endLater.start();
        }
    }
    Timer {
        id: endLater
        interval: 0
        onTriggered: {
            if (page.scanning && QrScanner.state !== QrScanner.Scanning)
                page.endScan();
        }
    }

    Component.onCompleted: {
        QrScanner.refresh();
        if (page.canScan)
            scanButton.forceActiveFocus();
        else
            codeField.forceActiveFocus();
    }
    Component.onDestruction: {
        QrScanner.stop();
        SyncPairing.clear();
    }

    Loader {
        id: scannerLoader
        objectName: "scannerLoader"
        Layout.fillWidth: true
        active: page.scanning
        visible: active
        sourceComponent: QrScannerView {}
    }
    Connections {
        target: scannerLoader.item as QrScannerView
        function onCancelled() {
            page.endScan();
        }
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing
        visible: !page.checking && !page.scanning
        BodyText {
            text: page.canScan
                  ? (SyncPairing.shortCodesAccepted
                     ? qsTr("Your therapist’s tablet shows a pairing code. Scan it with this phone’s camera, or type the short code or the long one below.")
                     : qsTr("Your therapist’s tablet shows a pairing code. Scan it with this phone’s camera, or type it below."))
                  : (SyncPairing.shortCodesAccepted
                     ? qsTr("Your therapist’s tablet shows a short code and a long one. Type either here, or paste it.")
                     : qsTr("Your therapist’s tablet shows a pairing code. Type it here, or paste it."))
        }
        AppButton {
            id: scanButton
            objectName: "scanPairingCode"
            Layout.fillWidth: true
            visible: page.canScan
            primary: true
            text: qsTr("Scan the code")
            onClicked: page.scanning = true
        }
        Notice {
            objectName: "noCameraNote"
            text: QrScanner.state === QrScanner.NoCamera
                  ? qsTr("No camera was found on this device. You can type the code instead.")
                  : QrScanner.state === QrScanner.CameraFailed
                    ? qsTr("The camera could not be used: another app may be using it, or this app may not be allowed to (see the phone’s settings). You can type the code instead.")
                    : ""
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Pairing code")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody // regular, like every other field's label
            color: Theme.text
        }
        BodyText {
            muted: true
            text: qsTr("Capitals, spaces and dashes do not matter.")
        }
        AppTextField {
            id: codeField
            objectName: "pairingCodeField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontLarge
            font.family: "monospace"
            color: Theme.text
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            Accessible.name: qsTr("Pairing code")
            onAccepted: page.check(codeField.text)
        }
        Notice {
            objectName: "pairingCodeProblem"
            isError: true
            text: SyncPairing.errorMessage
        }
        AppButton {
            objectName: "checkPairingCode"
            Layout.fillWidth: true
            primary: !page.canScan
            enabled: codeField.text.trim().length > 0 && !SyncPairing.busy
            text: qsTr("Next")
            onClicked: page.check(codeField.text)
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
            text: qsTr("If they differ, the code was read wrongly or is not your therapist’s: do not pair.")
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
                if (page.canScan)
                    scanButton.forceActiveFocus();
                else
                    codeField.forceActiveFocus();
            }
        }
    }
}
