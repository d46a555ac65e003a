import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Change the passphrase: the key is re-wrapped; data is not re-encrypted.
ScrollPage {
    id: page
    objectName: "changePassphrasePage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Change passphrase")
    property string resultText
    property bool resultOk: false

    Connections {
        target: Session
        function onPassphraseChangeFinished(ok, message) {
            page.resultOk = ok;
            page.resultText = message;
            if (ok) {
                current.clear();
                next.clear();
                repeat.clear();
            }
        }
    }

    PassphraseField {
        id: current
        objectName: "currentPassphrase"
        Layout.fillWidth: true
        label: qsTr("Current passphrase")
        onAccepted: next.input.forceActiveFocus()
    }
    PassphraseField {
        id: next
        objectName: "nextPassphrase"
        Layout.fillWidth: true
        label: qsTr("New passphrase (at least %1 characters)").arg(Session.minimumPassphraseLength)
        onAccepted: repeat.input.forceActiveFocus()
    }
    PassphraseField {
        id: repeat
        objectName: "repeatNextPassphrase"
        Layout.fillWidth: true
        label: qsTr("Type the new one again")
        onAccepted: changeButton.clicked()
    }
    Notice {
        objectName: "changeResult"
        isError: !page.resultOk
        text: page.resultText
    }
    AppButton {
        id: changeButton
        objectName: "changePassphrase"
        Layout.fillWidth: true
        primary: true
        enabled: !Session.busy
        text: Session.busy ? qsTr("Changing…") : qsTr("Change passphrase")
        onClicked: {
            page.resultText = "";
            Session.changePassphrase(current.text, next.text, repeat.text);
            // The call wiped the typed text where it was held; the fields start again.
            current.clear();
            next.clear();
            repeat.clear();
        }
    }
}
