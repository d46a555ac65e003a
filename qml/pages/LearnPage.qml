import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// Reading about DIT.
ScrollPage {
    objectName: "learnPage"
    title: qsTr("Learn")

    EmptyState {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/learn.svg"
        title: qsTr("Reading about your therapy")
        body: qsTr("Short pieces about how Dynamic Interpersonal Therapy works, and what each stage can feel like, will be here.")
    }
}
