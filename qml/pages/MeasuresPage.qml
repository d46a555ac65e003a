import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// Pre-session forms and progress.
ScrollPage {
    objectName: "measuresPage"
    title: qsTr("Measures")

    EmptyState {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/measures.svg"
        title: qsTr("No forms yet")
        body: qsTr("Before each session a short form will be ready here. It takes a few minutes, and you can stop and come back to it.")
    }
}
