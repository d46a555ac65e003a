pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One patient, for the therapist (issue 6). Two panes on a tablet (one on a narrow window):
// now (where they are, risk answers to acknowledge, handing the tablet over, this week's
// scores beside last week's, outcomes) and the course (the timeline by phase with
// attendance, charts, SOS-10 and RQ at the start and the end, the focus, the letter, files
// and exports). Everything shown is worked out in C++ (PatientDashboard, core/caseload).
Page {
    id: page
    objectName: "patientPage"
    property string patientId
    property string message
    readonly property bool wide: width >= Theme.twoPaneWidth
    title: PatientDashboard.label.length > 0 ? PatientDashboard.label : qsTr("Patient")

    background: Rectangle {
        color: Theme.background
    }

    function push(component, properties) {
        return page.StackView.view.push(component, properties || {});
    }
    // For --page and tests: "focus", "focus-edit", "letter", "letter-edit", "sessions",
    // "file", "export", "pair".
    function openByKey(key) {
        switch (key) {
        case "focus":
            return push(focusComponent);
        case "focus-edit":
            push(focusComponent);
            return push(focusEditComponent);
        case "letter":
            return push(letterComponent);
        case "letter-edit": {
            const letter = push(letterComponent) as PatientLetterPage;
            return letter ? letter.edit() : null;
        }
        case "sessions":
            return push(sessionsComponent);
        case "file":
            return push(fileComponent);
        case "export":
            return push(exportComponent);
        case "pair":
            return push(pairComponent, { patientId: page.patientId, label: PatientDashboard.label });
        }
        return null;
    }

    StackView.onActivated: {
        PatientDashboard.patientId = page.patientId;
        SyncStatusView.subject = page.patientId;
        Measures.refresh();
    }

    Flickable {
        id: flick
        anchors.fill: parent
        contentWidth: width
        contentHeight: columns.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        GridLayout {
            id: columns
            width: Math.min(flick.width - 2 * Theme.spacing, page.wide ? Theme.readingWidth * 2.4 : Theme.readingWidth)
            x: (flick.width - width) / 2
            y: Theme.spacingLarge
            columns: page.wide ? 2 : 1
            columnSpacing: Theme.spacingLarge
            rowSpacing: Theme.spacing

            // Now.
            ColumnLayout {
                Layout.alignment: Qt.AlignTop
                Layout.fillWidth: true
                Layout.preferredWidth: page.wide ? (columns.width - columns.columnSpacing) / 2 : columns.width
                Layout.maximumWidth: Layout.preferredWidth
                spacing: Theme.spacing

                Card {
                    objectName: "patientCourseCard"
                    Layout.fillWidth: true
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
                    Notice {
                        text: PatientDashboard.archived ? qsTr("Archived. Nothing has been deleted; restore this patient to add to their record.") : ""
                    }
                    Notice {
                        isError: true
                        text: PatientDashboard.errorMessage
                    }
                }

                Card {
                    objectName: "riskCard"
                    Layout.fillWidth: true
                    Heading {
                        level: 2
                        text: qsTr("Risk answers")
                    }
                    BodyText {
                        objectName: "riskSummary"
                        text: PatientDashboard.riskSummary
                    }
                    Repeater {
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
                            onAcknowledgeRequested: PatientDashboard.acknowledge(responseId)
                        }
                    }
                }

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

                // Issue 7: sync with the patient's phone, paired in the room.
                SyncCard {
                    Layout.fillWidth: true
                    subject: page.patientId
                    pairText: qsTr("Pair device")
                    onPairRequested: page.openByKey("pair")
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
                    Repeater {
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
                        text: qsTr("Caseness and reliable change")
                    }
                    Repeater {
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
                    Repeater {
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
                Layout.preferredWidth: page.wide ? (columns.width - columns.columnSpacing) / 2 : columns.width
                Layout.maximumWidth: Layout.preferredWidth
                spacing: Theme.spacing

                Card {
                    objectName: "timelineCard"
                    Layout.fillWidth: true
                    Heading {
                        level: 2
                        text: qsTr("Sessions")
                    }
                    BodyText {
                        visible: !PatientDashboard.hasCourse
                        muted: true
                        text: qsTr("No sessions are set up yet.")
                    }
                    BodyText {
                        visible: PatientDashboard.hasCourse
                        muted: true
                        font.pixelSize: Theme.fontSmall
                        text: qsTr("✓ attended · ✗ missed · ▶ next · ○ to come · ‖ planned break · — cancelled. Shaded by phase.")
                    }
                    Repeater {
                        model: PatientDashboard.timeline
                        TimelineRow {
                            required property var model
                            required property int index
                            objectName: "timeline_" + index
                            title: model.title
                            dateText: model.dateText
                            phaseKey: model.phaseKey
                            phaseName: model.phaseName
                            stateKey: model.state
                            stateLabel: model.stateLabel
                            symbol: model.symbol
                            description: model.description
                        }
                    }
                    AppButton {
                        objectName: "editSessions"
                        Layout.fillWidth: true
                        text: PatientDashboard.hasCourse ? qsTr("Change the sessions") : qsTr("Set up the sessions")
                        onClicked: page.push(sessionsComponent)
                    }
                }

                Card {
                    objectName: "startEndCard"
                    Layout.fillWidth: true
                    Heading {
                        level: 2
                        text: qsTr("At the start and the end")
                    }
                    Repeater {
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

                Repeater {
                    model: PatientDashboard.chartSeries
                    Card {
                        id: chartCard
                        required property var modelData
                        objectName: "patientChart_" + modelData.instrument
                        Layout.fillWidth: true
                        Heading {
                            level: 2
                            text: chartCard.modelData.title
                        }
                        BodyText {
                            text: chartCard.modelData.summary
                        }
                        ScoreChart {
                            Layout.fillWidth: true
                            Layout.preferredHeight: implicitHeight
                            series: chartCard.modelData
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

    Component {
        id: focusComponent
        PatientFocusPage {}
    }
    Component {
        id: focusEditComponent
        FocusEditPage {}
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
