pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One patient, for the therapist (docs/THERAPIST.md). First, so a tablet shows them on its first
// screen: where they are in the course as one row of session chips (with any risk answer
// waiting said in words), the PHQ-9 and GAD-7 trends side by side, then the risk answers. Then two columns where they fit
// (one on a phone): now (handing the tablet over, sync, this week's scores beside last
// week's, outcomes) and the course (SOS-10 and RQ at the start and the end, the focus, the
// letter, files and exports). On a tablet this page sits beside the caseload's list
// (CaseloadPage). Everything shown is worked out in C++ (PatientDashboard, core/caseload).
Page {
    id: page
    objectName: "patientPage"
    property string patientId
    property string message
    // Two columns of cards where they fit (also beside the caseload's list on a tablet).
    readonly property bool twoColumns: body.width >= Theme.fontBody * 40
    // The stack its pages open on when shown beside the caseload's list (else its own).
    property StackView stack: null
    title: PatientDashboard.label.length > 0 ? PatientDashboard.label : qsTr("Patient")

    background: Rectangle {
        color: Theme.background
    }

    function push(component, properties) {
        return (page.stack ? page.stack : page.StackView.view).push(component, properties || {});
    }
    // Shows this patient's record (on activation, or when chosen beside the caseload's list).
    function show(patientId) {
        const id = patientId || page.patientId;
        PatientDashboard.patientId = id;
        SyncStatusView.subject = id;
        Measures.refresh();
    }
    StackView.onActivated: show(page.patientId)

    Flickable {
        id: flick
        objectName: "patientFlick"
        anchors.fill: parent
        contentWidth: width
        contentHeight: body.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        // A grid of one column so the risk answers can change places without being made
        // again: first while one waits for the therapist, after the charts once none does.
        GridLayout {
            id: body
            width: Math.min(flick.width - 2 * Theme.spacing, Theme.readingWidth * 2.4)
            x: (flick.width - width) / 2
            y: Theme.spacingLarge
            columns: 1
            rowSpacing: Theme.spacing
            columnSpacing: 0

            // First screen on a tablet: where the patient is in the course (one row of
            // session chips) and the PHQ-9 and GAD-7 trends side by side.
            Card {
                objectName: "patientCourseCard"
                Layout.row: 1
                Layout.fillWidth: true
                Layout.preferredWidth: body.width // fixed: wrapped text never widens it
                Heading {
                    objectName: "patientCourseLine"
                    level: 2
                    text: PatientDashboard.courseLine
                }
                BodyText {
                    objectName: "patientNextSession"
                    visible: text.length > 0
                    text: PatientDashboard.nextSession
                }
                BodyText {
                    visible: !PatientDashboard.hasCourse
                    muted: true
                    text: qsTr("No sessions are set up yet.")
                }
                SessionStrip {
                    objectName: "timelineCard"
                    visible: PatientDashboard.hasCourse
                    model: PatientDashboard.timeline
                }
                AppButton {
                    objectName: "editSessions"
                    text: PatientDashboard.hasCourse ? qsTr("Change the sessions") : qsTr("Set up the sessions")
                    onClicked: page.push(sessionsComponent)
                }
                Notice {
                    text: PatientDashboard.archived ? qsTr("Archived. Nothing has been deleted; restore this patient to add to their record.") : ""
                }
                Notice {
                    isError: true
                    text: PatientDashboard.errorMessage
                }
            }

            // Rows, not a layout: charts side by side in a layout went round in circles.
            RepeatedRows {
                objectName: "patientCharts"
                Layout.row: 2
                Layout.preferredWidth: body.width
                columns: page.twoColumns ? 2 : 1
                spacing: Theme.spacing
                model: PatientDashboard.chartSeries
                Card {
                    id: chartCard
                    required property var modelData
                    objectName: "patientChart_" + modelData.instrument
                    // The plain headline first, then the questionnaire and the change in words.
                    Heading {
                        objectName: "chartHeadline"
                        level: 3
                        text: chartCard.modelData.headline
                    }
                    BodyText {
                        muted: true
                        font.pixelSize: Theme.fontSmall
                        text: chartCard.modelData.title
                    }
                    ScoreChart {
                        Layout.fillWidth: true
                        Layout.preferredHeight: Math.max(220, Theme.fontBody * 14)
                        series: chartCard.modelData
                    }
                }
            }

            // A risk answer waiting for the therapist comes first, above the course and the
            // charts: the question, the answer, when, and the acknowledge action
            // (docs/CLINICAL_SAFETY.md). Once none waits, the risk answers follow the charts.
            Card {
                id: riskCard
                objectName: "riskCard"
                Layout.row: PatientDashboard.unacknowledged > 0 ? 0 : 3
                Layout.fillWidth: true
                Layout.preferredWidth: body.width // fixed: wrapped text never widens it
                Heading {
                    level: 2
                    text: qsTr("Risk answers")
                }
                BodyText {
                    objectName: "riskSummary"
                    text: PatientDashboard.riskSummary
                }
                RepeatedRows {
                    model: PatientDashboard.risks
                    RiskAnswerCard {
                        required property int index
                        required property string responseId
                        required property var model
                        buttonName: "acknowledge_" + index
                        title: model.title
                        answers: model.answers
                        dateText: model.dateText
                        acknowledged: model.acknowledged
                        acknowledgedText: model.acknowledgedText
                        Accessible.name: model.description
                        onAcknowledgeRequested: {
                            PatientDashboard.acknowledge(responseId);
                            // Beside the caseload's list, its flag goes at once.
                            if (!page.StackView.view)
                                Caseload.refresh();
                        }
                    }
                }
            }

            GridLayout {
                id: columns
                Layout.row: 4
                Layout.fillWidth: true
                Layout.preferredWidth: body.width
                columns: page.twoColumns ? 2 : 1
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                // Now.
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.twoColumns ? (body.width - columns.columnSpacing) / 2 : body.width
                    Layout.maximumWidth: Layout.preferredWidth
                    spacing: Theme.spacing

                    Card {
                        objectName: "handOverCard"
                        Layout.fillWidth: true
                        Heading {
                            level: 2
                            text: qsTr("In the room")
                        }
                        BodyText {
                            objectName: "formText"
                            text: PatientDashboard.formText
                        }
                        AppButton {
                            objectName: "handToPatient"
                            Layout.fillWidth: true
                            primary: true
                            enabled: PatientDashboard.canHandOver
                            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/tablet.svg"
                            text: qsTr("Hand to patient")
                            Accessible.description: qsTr("Locks the tablet to this patient's form. Your passphrase brings it back.")
                            // The patient's label is confirmed before the tablet is handed over
                            // (docs/CLINICAL_SAFETY.md, H18); the patient sees it again.
                            onClicked: handOverConfirm.open()
                        }
                        BodyText {
                            muted: true
                            text: qsTr("The tablet then shows only this form, and Get help. Your passphrase brings it back.")
                        }
                        Notice {
                            objectName: "handOverProblem"
                            isError: true
                            text: page.message
                        }
                    }

                    // Sync with the patient's phone, paired in the room.
                    SyncCard {
                        Layout.fillWidth: true
                        subject: page.patientId
                        pairText: qsTr("Pair device")
                        onPairRequested: page.push(pairComponent, { patientId: page.patientId, label: PatientDashboard.label })
                    }

                    Card {
                        objectName: "scoresCard"
                        Layout.fillWidth: true
                        Heading {
                            level: 2
                            text: qsTr("Latest scores")
                        }
                        BodyText {
                            visible: PatientDashboard.scores.count === 0
                            muted: true
                            text: qsTr("No complete forms yet.")
                        }
                        BodyText {
                            objectName: "scoresAge"
                            visible: PatientDashboard.scoresAge.length > 0
                            muted: true
                            text: PatientDashboard.scoresAge
                        }
                        ScoreCompareRow {
                            visible: PatientDashboard.scores.count > 0 && !stacked
                            header: true
                            name: qsTr("Measure")
                            latest: PatientDashboard.latestLabel
                            previous: PatientDashboard.previousLabel.length > 0 ? PatientDashboard.previousLabel : qsTr("Before")
                        }
                        RepeatedRows {
                            model: PatientDashboard.scores
                            ScoreCompareRow {
                                required property var model
                                required property int index
                                objectName: "patientScore_" + index
                                name: model.name
                                latest: model.latest
                                latestBand: model.latestBand
                                previous: model.previous
                                previousBand: model.previousBand
                                change: model.change
                                description: model.description
                                latestTitle: PatientDashboard.latestLabel
                                previousTitle: PatientDashboard.previousLabel.length > 0 ? PatientDashboard.previousLabel : qsTr("Before")
                            }
                        }
                    }

                    Card {
                        objectName: "outcomeCard"
                        Layout.fillWidth: true
                        Heading {
                            level: 2
                            text: qsTr("Outcome measures")
                        }
                        // The plain headlines first, naming the patient ("A.K.'s low mood
                        // score went from 18 to 10"), then the classifications.
                        BodyText {
                            objectName: "outcomeHeadlines"
                            visible: text.length > 0
                            font.weight: Font.DemiBold
                            text: PatientDashboard.chartSeries.map(c => c.headline).join("\n") // qmllint disable type
                        }
                        RepeatedRows {
                            model: PatientDashboard.outcome
                            ColumnLayout {
                                id: outcomeRow
                                required property string label
                                required property string value
                                Layout.fillWidth: true
                                spacing: 0
                                Accessible.role: Accessible.StaticText
                                Accessible.name: outcomeRow.label + ": " + outcomeRow.value
                                Label {
                                    Layout.fillWidth: true
                                    text: outcomeRow.label
                                    font.pixelSize: Theme.fontSmall
                                    color: Theme.textMuted
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: outcomeRow.value
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                        // What the two classifications mean, once, in the words of docs/MEASURES.md.
                        BodyText {
                            objectName: "outcomeMeaning"
                            text: qsTr("A case: PHQ-9 (low mood) 10 or more, or GAD-7 (anxiety) 8 or more. A reliable improvement: PHQ-9 fell by 6 or more, or GAD-7 by 4 or more (more than these questionnaires' usual ups and downs), with no reliable rise on the other.")
                        }
                        RepeatedRows {
                            model: PatientDashboard.outcomeSentences
                            BodyText {
                                required property string modelData
                                muted: true
                                text: modelData
                            }
                        }
                    }
                }

                // The course.
                ColumnLayout {
                    Layout.alignment: Qt.AlignTop
                    Layout.fillWidth: true
                    Layout.preferredWidth: page.twoColumns ? (body.width - columns.columnSpacing) / 2 : body.width
                    Layout.maximumWidth: Layout.preferredWidth
                    spacing: Theme.spacing

                    Card {
                        objectName: "startEndCard"
                        Layout.fillWidth: true
                        Heading {
                            level: 2
                            text: qsTr("At the start and the end")
                        }
                        RepeatedRows {
                            model: PatientDashboard.startAndEnd
                            ColumnLayout {
                                id: measure
                                required property var model
                                Layout.fillWidth: true
                                spacing: 2
                                Accessible.role: Accessible.StaticText
                                Accessible.name: measure.model.description
                                Label {
                                    Layout.fillWidth: true
                                    text: measure.model.name
                                    font.pixelSize: Theme.fontBody
                                    font.weight: Font.DemiBold
                                    color: Theme.text
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1: %2").arg(measure.model.startLabel).arg(measure.model.start)
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: qsTr("%1: %2").arg(measure.model.endLabel).arg(measure.model.end)
                                    font.pixelSize: Theme.fontBody
                                    color: Theme.text
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }

                    LinkCard {
                        objectName: "openFocus"
                        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/focus.svg"
                        title: qsTr("Focus")
                        detail: MyFocus.hasFocus ? MyFocus.agreedText : qsTr("Not recorded yet. Usually agreed around session 4.")
                        onClicked: page.push(focusComponent)
                    }
                    LinkCard {
                        objectName: "openLetter"
                        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
                        title: qsTr("Goodbye letter")
                        detail: Letters.hasLetter ? Letters.letterStatus : qsTr("Not written yet. Usually drafted for session 13.")
                        onClicked: page.push(letterComponent)
                    }
                    LinkCard {
                        objectName: "openFile"
                        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/file.svg"
                        title: qsTr("Hand-over file")
                        detail: qsTr("Give the patient the focus, shared letter versions and sessions, or bring in what they sent you. No server needed.")
                        onClicked: page.push(fileComponent)
                    }
                    LinkCard {
                        objectName: "openExport"
                        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/measures.svg"
                        title: qsTr("For the service")
                        detail: qsTr("A summary as PDF, the answers as FHIR or CSV.")
                        onClicked: page.push(exportComponent)
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: Theme.spacingSmall
                        AppButton {
                            objectName: "renamePatient"
                            text: qsTr("Rename")
                            onClicked: page.push(renameComponent, { patientId: page.patientId })
                        }
                        AppButton {
                            objectName: "archivePatient"
                            text: PatientDashboard.archived ? qsTr("Restore") : qsTr("Archive")
                            Accessible.description: PatientDashboard.archived
                                                    ? qsTr("Brings this patient back into the caseload.")
                                                    : qsTr("Hides this patient from the caseload. Nothing is deleted; you can restore them.")
                            onClicked: page.message = (PatientDashboard.archived ? Caseload.restore(page.patientId)
                                                                                 : Caseload.archive(page.patientId))
                                                      ? "" : Caseload.errorMessage
                        }
                    }
                }
            }
        }
    }

    Component {
        id: focusComponent
        PatientFocusPage {}
    }
    Component {
        id: letterComponent
        PatientLetterPage {}
    }
    Component {
        id: sessionsComponent
        CourseSetupPage {}
    }
    Component {
        id: fileComponent
        HandoverFilePage {
            patientId: page.patientId
        }
    }
    Component {
        id: exportComponent
        PatientExportPage {}
    }
    Component {
        id: pairComponent
        PairDevicePage {}
    }
    Component {
        id: renameComponent
        AddPatientPage {}
    }

    ConfirmDialog {
        id: handOverConfirm
        objectName: "handOverConfirm"
        heading: qsTr("Hand the tablet to %1?").arg(PatientDashboard.label)
        text: qsTr("Check that %1 is the patient with you. The tablet will show only their form, which starts by naming them.").arg(PatientDashboard.label)
        confirmText: qsTr("Yes, hand over")
        cancelText: qsTr("Not now")
        onConfirmed: {
            if (!HandToPatient.start(page.patientId))
                page.message = HandToPatient.errorMessage;
        }
    }
}
