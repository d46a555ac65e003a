pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Earlier sessions' forms, latest first: filled in (with the totals), not finished (kept
// when the form closed unsubmitted) or "Not filled in"; a risk answer is marked in words, not
// by colour. A filled-in form can be corrected; the correction is kept beside the original.
ColumnLayout {
    id: list
    signal correctRequested(int session)
    spacing: Theme.spacing
    visible: Measures.pastForms.count > 0

    Heading {
        Layout.topMargin: Theme.spacingSmall
        level: 2
        text: qsTr("Earlier forms")
    }
    Repeater {
        model: Measures.pastForms
        Card {
            id: pastCard
            required property int session
            required property string title
            required property string date
            required property string state
            required property string stateLabel
            required property string summary
            required property bool canCorrect
            required property bool unfinished
            required property bool flagged
            objectName: "pastForm_" + session
            Layout.fillWidth: true
            Accessible.role: Accessible.Grouping
            Accessible.name: title + ", " + date + ": " + stateLabel + (flagged ? ". " + flagText.text : "")

            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                Heading {
                    level: 3
                    text: pastCard.title
                }
                Label {
                    objectName: "pastFormState"
                    text: pastCard.stateLabel
                    font.pixelSize: Theme.fontSmall
                    font.weight: Font.DemiBold
                    color: pastCard.state === "done" ? Theme.text : Theme.textMuted
                }
            }
            BodyText {
                muted: true
                text: pastCard.date
            }
            BodyText {
                visible: text.length > 0
                text: pastCard.summary
            }
            BodyText {
                objectName: "pastFormUnfinished"
                visible: pastCard.unfinished
                muted: true
                text: qsTr("Not submitted: what you had answered when the form closed is kept as it was.")
            }
            BodyText {
                id: flagText
                objectName: "pastFormFlagged"
                visible: pastCard.flagged
                text: qsTr("Includes an answer about your safety; it is marked in the record.")
            }
            AppButton {
                objectName: "correctForm_" + pastCard.session
                visible: pastCard.canCorrect
                Layout.fillWidth: true
                fillColor: "transparent"
                text: qsTr("Change an answer")
                Accessible.name: qsTr("Change an answer in the %1 form").arg(pastCard.title)
                onClicked: list.correctRequested(pastCard.session)
            }
        }
    }
}
