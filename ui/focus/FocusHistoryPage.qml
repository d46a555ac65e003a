pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Every version of the focus, newest first, as it was refined.
ScrollPage {
    id: page
    objectName: "focusHistoryPage"
    // The therapist sees the same list in clinical words (docs/THERAPIST.md).
    readonly property bool therapist: Session.role === "therapist"
    title: therapist ? qsTr("Versions of the focus") : qsTr("Earlier versions")

    BodyText {
        visible: MyFocus.hasFocus
        text: page.therapist ? qsTr("The focus as it was each time it was saved, newest first.")
                             : qsTr("Your focus as it was each time it was saved. The newest is first.")
    }
    EmptyState {
        objectName: "focusHistoryEmpty"
        visible: !MyFocus.hasFocus
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/focus.svg"
        title: qsTr("Nothing saved yet")
        body: page.therapist ? qsTr("Each time the focus is saved, that version is kept here.")
                             : qsTr("Each time you save your focus, that version is kept here, so you can see how it changed.")
        actionText: qsTr("Back")
        onActionClicked: Nav.backRequested()
    }
    RepeatedRows {
        spacing: Theme.spacing
        model: MyFocus.versions
        Card {
            id: version
            required property int index
            required property string savedText
            required property string sessionText
            required property string selfText
            required property string othersText
            required property string feelingText
            required property string protectsText
            required property bool isCurrent
            objectName: "focusVersion_" + index
            Layout.fillWidth: true
            Heading {
                level: 3
                text: version.isCurrent ? qsTr("Now: %1").arg(version.savedText) : version.savedText
            }
            BodyText {
                visible: text.length > 0
                muted: true
                text: version.sessionText
            }
            FocusPart {
                label: page.therapist ? qsTr("Self-representation") : qsTr("How I see myself")
                text: version.selfText
            }
            FocusPart {
                label: page.therapist ? qsTr("Other-representation") : qsTr("How I see other people")
                text: version.othersText
            }
            FocusPart {
                label: page.therapist ? qsTr("Linking affect") : qsTr("The feeling that links them")
                text: version.feelingText
            }
            FocusPart {
                label: page.therapist ? qsTr("Defensive function") : qsTr("What the pattern protects me from")
                text: version.protectsText
            }
        }
    }
}
