import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// Home. Until a course is set up it explains what will appear here.
ScrollPage {
    objectName: "homePage"
    title: qsTr("Home")

    Heading {
        text: qsTr("Hello")
    }
    Card {
        Layout.fillWidth: true
        EmptyState {
            Layout.fillWidth: true
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/home.svg"
            title: qsTr("Your therapy is not set up here yet")
            body: qsTr("Once your session times are added, this page will show which session is next, whether this week’s form is ready, and what this part of therapy is usually like.")
        }
    }
}
