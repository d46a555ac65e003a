pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The patient's Interpersonal Affective Focus, for the therapist (docs/THERAPIST.md): the structured
// parts in clinical words, its versions, and recording or revising it (FocusEditPage). The
// patient open on the dashboard is MyFocus's subject. The patient's copy is updated by the
// next hand-over file (and, later, sync).
ScrollPage {
    id: page
    objectName: "patientFocusPage"
    title: qsTr("Focus — %1").arg(PatientDashboard.label)

    Heading {
        text: qsTr("Interpersonal Affective Focus")
    }
    EmptyState {
        visible: !MyFocus.hasFocus
        Layout.fillWidth: true
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/focus.svg"
        title: qsTr("Not recorded yet")
        body: qsTr("Usually formulated with the patient around session 4: how they see themselves and others in a repeating pattern, the feeling that links them, and what the pattern protects against.")
    }
    BodyText {
        objectName: "patientFocusAgreed"
        visible: MyFocus.hasFocus
        muted: true
        text: MyFocus.agreedText
    }
    Notice {
        text: MyFocus.diverged ? qsTr("Two versions were made apart (here and on the patient's phone). The newest is shown; both are kept under Versions.") : ""
    }
    Card {
        objectName: "patientFocusPattern"
        Layout.fillWidth: true
        visible: MyFocus.hasFocus
        spacing: Theme.spacing
        FocusPart {
            label: qsTr("Self-representation")
            text: MyFocus.selfRepresentation
        }
        FocusPart {
            label: qsTr("Other-representation")
            text: MyFocus.otherRepresentation
        }
        FocusPart {
            label: qsTr("Linking affect")
            text: MyFocus.affect
        }
        FocusPart {
            label: qsTr("Defensive function")
            text: MyFocus.defensiveFunction
        }
        FocusPart {
            label: qsTr("The patient’s own phrases")
            text: MyFocus.ownWordsQuoted
        }
        FocusPart {
            label: qsTr("Shared handles")
            text: MyFocus.handlesQuoted
        }
        FocusPart {
            label: qsTr("Goals agreed")
            text: MyFocus.goalsText
        }
    }
    AppButton {
        objectName: "patientFocusEdit"
        Layout.fillWidth: true
        primary: true
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/edit.svg"
        text: MyFocus.hasFocus ? qsTr("Revise the focus") : qsTr("Record the focus")
        onClicked: page.StackView.view.push(editComponent)
    }
    AppButton {
        objectName: "patientFocusVersions"
        Layout.fillWidth: true
        visible: MyFocus.versionCount > 0
        text: MyFocus.versionCount === 1 ? qsTr("Versions (1)") : qsTr("Versions (%1)").arg(MyFocus.versionCount)
        onClicked: page.StackView.view.push(historyComponent)
    }
    BodyText {
        muted: true
        text: qsTr("The patient's app gets every version in the next hand-over file you make for them.")
    }
    Notice {
        isError: true
        text: MyFocus.errorMessage
    }

    Component {
        id: editComponent
        FocusEditPage {}
    }
    Component {
        id: historyComponent
        FocusHistoryPage {}
    }
}
