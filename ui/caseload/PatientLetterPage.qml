pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The therapist's goodbye letter for the patient open on the dashboard (docs/THERAPIST.md): the draft
// from the DIT template, autosaved as it is typed (LetterEditing), saved as versions that can
// be compared and marked shared or final (LetterVersionsPage), with the patient's reply and
// notes beside it on a tablet (in a tab on a narrow window) once a hand-over file from
// their phone has brought them.
Page {
    id: page
    objectName: "patientLetterPage"
    // Writing the letter is a task: no tab bar or side rail (AppShell reads this).
    readonly property bool immersive: true
    title: qsTr("Goodbye letter — %1").arg(PatientDashboard.label)
    readonly property bool wide: width >= Theme.twoPaneWidth
    readonly property alias editor: editor

    // For --page patient-letter-edit and tests: the editor, focused.
    function edit() {
        tabs.currentIndex = 0;
        return editor;
    }

    background: Rectangle {
        color: Theme.background
    }

    LetterNavigator {
        id: nav
        stack: page.StackView.view
    }
    LetterFeedback {
        id: feedback
        letterId: Letters.letterId
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        // The letter's state and its versions.
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: bar.implicitHeight + 2 * Theme.spacingSmall
            color: Theme.surface
            visible: Letters.hasLetter
            Flow {
                id: bar
                x: Theme.spacing
                y: Theme.spacingSmall
                width: parent.width - 2 * Theme.spacing
                spacing: Theme.spacingSmall
                Label {
                    objectName: "letterStatus"
                    height: Theme.touchTarget
                    verticalAlignment: Text.AlignVCenter
                    text: Letters.letterStatus
                    font.pixelSize: Theme.fontBody
                    color: Theme.text
                }
                AppButton {
                    objectName: "letterVersions"
                    text: Letters.letterVersionCount === 1 ? qsTr("Versions and sharing (1)")
                                                          : qsTr("Versions and sharing (%1)").arg(Letters.letterVersionCount)
                    onClicked: nav.versions(Letters.letterId)
                }
                AppButton {
                    objectName: "letterCompare"
                    visible: Letters.letterVersionCount > 1
                    text: qsTr("What changed")
                    onClicked: nav.compare(Letters.letterId)
                }
            }
        }
        TabBar {
            id: tabs
            objectName: "letterTabs"
            visible: !page.wide
            Layout.fillWidth: true
            PageTab {
                objectName: "draftTab"
                text: qsTr("Draft")
            }
            PageTab {
                objectName: "feedbackTab"
                text: feedback.commentCount + (feedback.hasReply ? 1 : 0) > 0
                      ? qsTr("From the patient (%1)").arg(feedback.commentCount + (feedback.hasReply ? 1 : 0))
                      : qsTr("From the patient")
            }
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            LetterEditorPage {
                id: editor
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 3
                visible: page.wide || tabs.currentIndex === 0
                mode: Letters.hasLetter ? LetterEditing.Revise : LetterEditing.New
                letterId: Letters.letterId
            }
            Rectangle {
                visible: page.wide
                Layout.fillHeight: true
                implicitWidth: 1
                color: Theme.divider
            }
            ScrollPage {
                objectName: "letterFeedback"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.preferredWidth: 2
                visible: page.wide || tabs.currentIndex === 1

                Heading {
                    level: 2
                    text: qsTr("From the patient")
                }
                BodyText {
                    objectName: "feedbackSummary"
                    visible: text.length > 0
                    muted: true
                    text: feedback.summary
                }
                Card {
                    objectName: "patientReply"
                    visible: feedback.hasReply
                    Layout.fillWidth: true
                    Heading {
                        level: 3
                        text: feedback.replyTitle
                    }
                    BodyText {
                        muted: true
                        text: feedback.replyDate
                    }
                    RepeatedRows {
                        model: feedback.replyParagraphs
                        BodyText {
                            required property string modelData
                            font.family: Letters.readingFamily
                            text: modelData
                        }
                    }
                }
                RepeatedRows {
                    spacing: Theme.spacing
                    model: feedback.comments
                    Card {
                        id: comment
                        required property var model
                        required property int index
                        objectName: "patientComment_" + index
                        Layout.fillWidth: true
                        Accessible.role: Accessible.StaticText
                        Accessible.name: comment.model.description
                        BodyText {
                            font.family: Letters.readingFamily
                            font.italic: true
                            text: "“" + comment.model.quote + "”"
                        }
                        BodyText {
                            muted: true
                            font.pixelSize: Theme.fontSmall
                            text: comment.model.place + " · " + comment.model.dateText
                        }
                        BodyText {
                            visible: comment.model.isNote
                            text: comment.model.note
                        }
                    }
                }
            }
        }
    }
}
