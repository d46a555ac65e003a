import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Whose form or file this is, said before any question or anything saved
// (docs/CLINICAL_SAFETY.md, H18): the first screen of an in-room hand-over and a hand-over
// file brought in. The page decides what "Yes" and "That's not me" then do; "That's not me"
// always leaves with nothing saved.
ColumnLayout {
    id: check
    property alias heading: headingText.text
    property alias explanation: explanationText.text
    property string confirmText: qsTr("Yes, this is me")
    property string declineText: qsTr("That's not me")
    signal confirmed()
    signal declined()
    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        id: headingText
        objectName: "whoCheckLabel"
    }
    BodyText {
        id: explanationText
        Layout.fillWidth: true
    }
    AppButton {
        objectName: "thatsMe"
        Layout.fillWidth: true
        primary: true
        text: check.confirmText
        onClicked: check.confirmed()
    }
    AppButton {
        objectName: "notMe"
        Layout.fillWidth: true
        text: check.declineText
        onClicked: check.declined()
    }
}
