pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A form's answers before it is sent: each can be opened to change it; then submit.
ColumnLayout {
    id: review
    required property FormSession form
    readonly property int unanswered: form ? form.count - form.answeredCount : 0

    spacing: Theme.spacing

    Heading {
        objectName: "reviewTitle"
        text: qsTr("Check your answers")
    }
    BodyText {
        text: review.form && review.form.correction
              ? qsTr("Change what needs changing, then submit. Your earlier answers are kept as they were, and the new ones are marked as a correction.")
              : qsTr("You can change any answer before you submit the form.")
    }
    Notice {
        objectName: "reviewUnanswered"
        text: review.unanswered > 0
              ? qsTr("%n question(s) not answered. That is all right; a questionnaire with a question left out is kept but gets no total.", "", review.unanswered)
              : ""
    }
    // A safety question left unanswered is pointed out gently, with a way back to it; the form
    // can still be submitted without it.
    Card {
        objectName: "reviewSafetyUnanswered"
        visible: review.form !== null && review.form.unansweredSafetyStep >= 0
        Layout.fillWidth: true
        BodyText {
            text: qsTr("You have not answered this question: “%1”. You do not have to. If you would like to answer it, you can go back to it now.").arg(review.form ? review.form.unansweredSafetyQuestion : "")
        }
        AppButton {
            objectName: "reviewGoToSafety"
            Layout.fillWidth: true
            fillColor: "transparent"
            text: qsTr("Go to that question")
            onClicked: review.form.goTo(review.form.unansweredSafetyStep)
        }
    }
    RepeatedRows {
        spacing: Theme.spacing
        model: review.form ? review.form.review : null
        ColumnLayout {
            id: row
            required property int step
            required property string section
            required property string question
            required property string answer
            required property bool answered
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Heading {
                visible: row.section.length > 0
                Layout.topMargin: Theme.spacingSmall
                level: 3
                text: row.section
            }
            AbstractButton {
                id: reviewButton
                objectName: "reviewItem_" + row.step
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.touchTarget, reviewContent.implicitHeight + 2 * Theme.spacingSmall)
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("%1. Your answer: %2. Change").arg(row.question).arg(row.answer)
                onClicked: review.form.goTo(row.step)
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.surface
                    border.width: 1
                    border.color: Theme.divider
                    FocusRing {
                        target: reviewButton
                    }
                }
                contentItem: Item {}
                ColumnLayout {
                    id: reviewContent
                    x: Theme.spacing
                    y: Theme.spacingSmall
                    width: parent.width - 2 * Theme.spacing
                    spacing: 2
                    BodyText {
                        text: row.question
                        muted: true
                        font.pixelSize: Theme.fontSmall
                    }
                    BodyText {
                        text: row.answer
                        font.weight: row.answered ? Font.DemiBold : Font.Normal
                        font.italic: !row.answered
                    }
                }
            }
        }
    }
    AppButton {
        objectName: "submitForm"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        primary: true
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/check.svg"
        text: qsTr("Submit the form")
        onClicked: review.form.submit()
    }
    Notice {
        isError: true
        text: review.form ? review.form.errorMessage : ""
    }
}
