pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Crisis support. Reachable from every screen, locked or not.
Page {
    id: page
    objectName: "crisisPage"
    signal closeRequested
    property string cannotDial
    // Opened straight after a form answer was flagged (Measures.riskAnswered).
    property bool afterRiskAnswer: false
    readonly property FormSession form: Measures.form
    // The form is still being filled in: offer to go on with it or stop.
    readonly property bool duringForm: afterRiskAnswer && form !== null && !form.submitted

    background: Rectangle {
        color: Theme.background
    }
    header: ToolBar {
        padding: Theme.spacingSmall
        leftPadding: Theme.spacing
        background: Rectangle {
            color: Theme.surface
        }
        RowLayout {
            anchors.fill: parent
            AppButton {
                objectName: "crisisClose"
                text: qsTr("Back")
                icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/back.svg"
                fillColor: "transparent"
                Accessible.name: qsTr("Back, close crisis support")
                onClicked: page.closeRequested()
            }
            Item {
                Layout.fillWidth: true
            }
        }
    }

    readonly property CrisisContactsModel contacts: CrisisSupport.contacts

    ScrollPage {
        id: scroll
        objectName: "crisisScroll"
        anchors.fill: parent
        contentSpacing: Theme.spacingSmall

        Heading {
            objectName: "crisisTitle"
            level: 2
            text: qsTr("Help right now")
        }
        // The actions first, as compact rows, all on the first screen even at 200% text on a
        // phone: the emergency number alone in alarm red, then the service's own line and the
        // person's therapist when the service file names them, then the helplines.
        RepeatedRows {
            id: contactRows
            model: page.contacts
            CrisisContactRow {
                required property int index
                objectName: "crisisContact_" + index
                Layout.fillWidth: true
                onClicked: {
                    if (!page.contacts.contact(index))
                        page.cannotDial = qsTr("This device cannot make calls or send texts. Please use a phone: %1.").arg(actionLabel);
                }
            }
        }
        Notice {
            objectName: "cannotDial"
            text: page.cannotDial
        }
        // What happens to the answer is worked out from the real state (FormSession.whoSees),
        // never promised (docs/MEASURES.md, "Who sees an answer").
        Notice {
            objectName: "crisisRiskNotice"
            Layout.topMargin: Theme.spacingSmall
            text: page.afterRiskAnswer
                  ? qsTr("Thank you for answering honestly. Your answer is saved. This app is not monitored: no one has been alerted by it.")
                    + (page.form && page.form.whoSees.length > 0 ? " " + page.form.whoSees : "")
                    + " " + qsTr("If you feel unsafe or might act on these thoughts, please contact someone above now.")
                  : ""
        }
        // Straight after the answer, in the form: go on, or stop and come back later.
        ColumnLayout {
            visible: page.duringForm
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            AppButton {
                objectName: "crisisGoOn"
                Layout.fillWidth: true
                primary: true
                text: qsTr("Go on with the form")
                onClicked: page.closeRequested()
            }
            AppButton {
                objectName: "crisisStop"
                Layout.fillWidth: true
                fillColor: "transparent"
                text: qsTr("Stop for now")
                Accessible.description: qsTr("Closes the form. Your answers so far are kept.")
                onClicked: {
                    page.closeRequested();
                    Measures.stopForm();
                }
            }
        }
        BodyText {
            Layout.topMargin: Theme.spacingSmall
            text: page.contacts.intro
        }
        Notice {
            text: qsTr("This app is not monitored. No one is alerted by what you enter in it, so please contact someone directly.")
        }
        // What each one is for, below the actions.
        Heading {
            Layout.topMargin: Theme.spacingSmall
            level: 3
            text: qsTr("Who you reach")
        }
        RepeatedRows {
            model: page.contacts
            ColumnLayout {
                id: about
                required property string name
                required property string detail
                required property string actionLabel
                Layout.fillWidth: true
                spacing: 2
                BodyText {
                    text: qsTr("%1 · %2").arg(about.name).arg(about.actionLabel)
                    font.weight: Font.DemiBold
                }
                BodyText {
                    visible: about.detail.length > 0
                    muted: true
                    text: about.detail
                }
            }
        }
        BodyText {
            Layout.topMargin: Theme.spacingSmall
            muted: true
            text: qsTr("If you can, tell someone you trust how you are feeling. You can also talk to your GP or your therapist about what has been happening.")
        }
    }
}
