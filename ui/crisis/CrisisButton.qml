import QtQuick
import org.ditcompanion.app

// Crisis support, one tap from every screen (DESIGN.md §4). Words as well as colour.
AppButton {
    objectName: "crisisButton"
    text: qsTr("Get help")
    icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/lifebuoy.svg"
    fillColor: Theme.crisis
    textColor: Theme.textOnCrisis
    Accessible.name: qsTr("Get help now: crisis support contacts")
    Accessible.description: qsTr("Opens phone numbers you can contact if you are in crisis.")
    onClicked: Nav.crisisRequested()
}
