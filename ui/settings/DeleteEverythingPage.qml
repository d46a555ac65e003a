import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Delete everything, in two steps: say what it means and have it acknowledged, then ask once
// more with "Keep my data" as the easy choice.
ScrollPage {
    id: page
    objectName: "deleteEverythingPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Delete everything")
    property int step: 0
    property string resultText
    signal backupRequested

    Connections {
        target: YourData
        function onDeleteFinished(ok, message) {
            if (!ok)
                page.resultText = message;
        }
    }

    Heading {
        level: 2
        text: page.step === 0 ? qsTr("This deletes everything in this app") : qsTr("Delete everything now?")
    }
    BodyText {
        text: qsTr("Your forms, notes, focus, letters and settings are deleted from this device. The keys that lock them are destroyed first, so nobody can get them back afterwards, not even from a copy of the files. This cannot be undone.")
    }
    BodyText {
        visible: page.step === 0
        text: qsTr("Backups you have made are not touched. If you might want any of this later, make a backup first.")
    }
    AppButton {
        objectName: "deleteBackUpFirst"
        Layout.fillWidth: true
        visible: page.step === 0
        text: qsTr("Make a backup first")
        onClicked: page.backupRequested()
    }
    ChoiceCheck {
        id: understood
        objectName: "deleteUnderstood"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        visible: page.step === 0
        text: qsTr("I understand that this cannot be undone")
        font.pixelSize: Theme.fontBody
        Accessible.name: text
    }
    AppButton {
        objectName: "deleteContinue"
        Layout.fillWidth: true
        visible: page.step === 0
        enabled: understood.checked
        text: qsTr("Continue")
        onClicked: page.step = 1
    }
    AppButton {
        objectName: "deleteKeep"
        Layout.fillWidth: true
        visible: page.step === 1
        primary: true
        text: qsTr("Keep my data")
        onClicked: {
            page.step = 0;
            understood.checked = false;
            if (page.StackView.view)
                page.StackView.view.pop();
        }
    }
    AppButton {
        objectName: "deleteNow"
        Layout.fillWidth: true
        visible: page.step === 1
        enabled: !YourData.busy
        fillColor: Theme.error
        textColor: Theme.textOnCrisis
        text: qsTr("Delete everything now")
        onClicked: YourData.deleteEverything()
    }
    Notice {
        objectName: "deleteResult"
        isError: true
        text: page.resultText
    }
}
