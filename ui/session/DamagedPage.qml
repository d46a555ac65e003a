import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// The profile could not be opened. Say what is wrong, that nothing was changed, and what to
// do; never offer to start again over the top of it.
Page {
    id: page
    objectName: "damagedPage"

    background: Rectangle {
        color: Theme.background
    }
    header: AppHeader {
        title: qsTr("DIT Companion")
    }

    ScrollPage {
        anchors.fill: parent

        Heading {
            text: qsTr("Your data could not be opened")
        }
        Notice {
            objectName: "damagedProblem"
            isError: true
            text: Session.problem
        }
        BodyText {
            text: qsTr("Nothing has been changed or deleted: your files have been left exactly as they were.")
        }
        BodyText {
            text: qsTr("If you have a backup, you can restore it. If you need help, contact the service that gave you this app and show them this message.")
        }
        AppButton {
            objectName: "setAsideAndRestore"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Set these files aside and restore a backup")
            onClicked: YourData.setAsideDamagedProfile()
        }
        BodyText {
            muted: true
            text: qsTr("The damaged files are moved, unchanged, to a folder beside this one. Nothing is deleted, so whoever helps you can still look at them. You can then restore a backup, or start again.")
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Folder: %1").arg(Session.profileFolder)
            color: Theme.textMuted
            font.pixelSize: Theme.fontSmall
            wrapMode: Text.WrapAnywhere
        }
    }
}
