import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// The goodbye letter.
ScrollPage {
    objectName: "letterPage"
    title: qsTr("Letter")

    EmptyState {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/letter.svg"
        title: qsTr("Your letter will live here")
        body: qsTr("Near the end of therapy, your therapist writes you a goodbye letter. You can keep it here, mark the parts that matter to you, and reread it whenever you like.")
    }
}
