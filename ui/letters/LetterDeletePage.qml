import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Deleting a letter: two explicit steps, each with "keep it" as the easy choice. Nothing
// else in the app deletes a letter. The second step only works with the token the first
// one gave (Letters.beginDelete), so the rule lives in C++.
ScrollPage {
    id: page
    objectName: "letterDeletePage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    property string letterId: Letters.letterId
    property string token
    title: qsTr("Delete a letter")

    signal finished(bool deleted)

    // Nothing to delete (no such letter): say so rather than offer buttons for nothing.
    readonly property string summary: Letters.deletionSummary(letterId)
    readonly property bool nothingToDelete: summary.length === 0 && token.length === 0

    EmptyState {
        objectName: "deleteNothing"
        visible: page.nothingToDelete
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("No letter to delete")
        body: qsTr("There is no letter on this device to delete here.")
        actionText: qsTr("Back")
        onActionClicked: page.finished(false)
    }
    Heading {
        visible: !page.nothingToDelete
        text: page.token.length === 0 ? qsTr("Delete this letter?") : qsTr("Delete it for good?")
    }
    Card {
        Layout.fillWidth: true
        visible: page.token.length === 0 && !page.nothingToDelete
        BodyText {
            objectName: "deletionSummary"
            text: page.summary
        }
        AppButton {
            objectName: "keepLetter"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Keep the letter")
            onClicked: {
                Letters.cancelDelete();
                page.finished(false);
            }
        }
        AppButton {
            objectName: "deleteStepOne"
            Layout.fillWidth: true
            text: qsTr("Continue to delete")
            enabled: page.summary.length > 0
            onClicked: page.token = Letters.beginDelete(page.letterId)
        }
    }
    Card {
        Layout.fillWidth: true
        visible: page.token.length > 0
        Notice {
            isError: true
            text: qsTr("Last step. Once deleted, the letter cannot be brought back on this device.")
        }
        AppButton {
            objectName: "keepLetterFinal"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Keep the letter")
            onClicked: {
                Letters.cancelDelete();
                page.token = "";
                page.finished(false);
            }
        }
        AppButton {
            objectName: "deleteStepTwo"
            Layout.fillWidth: true
            fillColor: Theme.error
            textColor: Theme.textOnCrisis
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/alert.svg"
            text: qsTr("Delete for good")
            Accessible.name: qsTr("Delete the letter for good")
            onClicked: {
                if (Letters.deleteLetter(page.letterId, page.token))
                    page.finished(true);
                else
                    page.token = "";
            }
        }
    }
    Notice {
        isError: true
        text: Letters.errorMessage
    }
}
