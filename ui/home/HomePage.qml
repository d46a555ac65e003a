import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Home: where you are in your course, when the next session is, what this part of therapy
// is like, and the way to your focus and your notes. Every word and number comes from
// CourseOverview (C++); this page only lays them out.
ScrollPage {
    id: page
    objectName: "homePage"
    title: qsTr("Home")
    // On a tablet: two columns, where you are and this week's form on the left, what this
    // part of therapy is like and your own things on the right.
    wideContent: true
    readonly property bool twoColumns: columnWidth >= Theme.fontBody * 40

    function openArticle(id) {
        page.StackView.view.push(articleComponent, { articleId: id });
    }

    // --- No course yet: what will be here, and how to start.
    Card {
        objectName: "homeNoCourse"
        Layout.fillWidth: true
        visible: !CourseOverview.hasCourse
        EmptyState {
            Layout.fillWidth: true
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/calendar.svg"
            title: qsTr("Add your sessions")
            body: qsTr("Once your session times are here, this page shows which session is next and what this part of therapy is usually like. Your therapist can tell you the dates.")
        }
        AppButton {
            objectName: "setUpCourse"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Add my sessions")
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/calendar.svg"
            onClicked: page.StackView.view.push(courseSetupComponent)
        }
    }

    GridLayout {
        objectName: "homeGrid"
        Layout.fillWidth: true
        columns: page.twoColumns ? 2 : 1
        columnSpacing: Theme.spacingLarge
        rowSpacing: Theme.spacing

        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: page.twoColumns ? (page.columnWidth - Theme.spacingLarge) / 2 : page.columnWidth
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            // --- Where you are.
            Heading {
                objectName: "homeHeadline"
                visible: CourseOverview.hasCourse
                text: CourseOverview.headline
            }
            BodyText {
                objectName: "homeNextSession"
                visible: text.length > 0
                text: CourseOverview.nextSession
                font.pixelSize: Theme.fontLarge
            }
            SessionDots {
                objectName: "homeDots"
                visible: CourseOverview.hasCourse
                marks: CourseOverview.sessionMarks
                description: CourseOverview.progressText
            }
            BodyText {
                objectName: "homeRemaining"
                visible: text.length > 0
                muted: true
                text: CourseOverview.remaining
            }

            // This week's pre-session form: straight after where you are in the course and before
            // the phase card, so the thing to do this week comes before the thing to read.
            // Hidden until there is a course: the card above already says to add the sessions.
            DueFormCard {
                objectName: "homeDueForm"
                Layout.fillWidth: true
                visible: CourseOverview.hasCourse
                stackView: page.StackView.view
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            Layout.preferredWidth: page.twoColumns ? (page.columnWidth - Theme.spacingLarge) / 2 : page.columnWidth
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            spacing: Theme.spacing
            // --- What this part of therapy is like.
            Card {
                objectName: "homePhaseCard"
                Layout.fillWidth: true
                Heading {
                    level: 2
                    text: CourseOverview.phaseTitle
                }
                BodyText {
                    objectName: "homePhaseText"
                    text: CourseOverview.phaseText
                }
                AppButton {
                    objectName: "homeReadMore"
                    Layout.fillWidth: true
                    text: qsTr("Read more about this part")
                    icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/learn.svg"
                    Accessible.name: qsTr("Read more: %1").arg(CourseOverview.phaseTitle)
                    onClicked: page.openArticle(CourseOverview.phaseArticleId)
                }
            }

            // --- Yours: the focus and what is on your mind.
            LinkCard {
                objectName: "openFocus"
                title: qsTr("My focus")
                detail: MyFocus.summary
                iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/focus.svg"
                onClicked: page.StackView.view.push(focusComponent)
            }
            LinkCard {
                objectName: "openNotes"
                title: qsTr("On my mind")
                detail: OnMyMind.summary
                iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/note.svg"
                onClicked: page.StackView.view.push(notesComponent)
            }
            LinkCard {
                objectName: "openCourseSetup"
                visible: CourseOverview.hasCourse
                title: qsTr("My sessions")
                detail: qsTr("Dates, breaks and changes")
                iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/calendar.svg"
                onClicked: page.StackView.view.push(courseSetupComponent)
            }
        }
    }
    Notice {
        isError: true
        text: CourseOverview.errorMessage
    }

    Component {
        id: articleComponent
        LearnArticlePage {}
    }
    Component {
        id: courseSetupComponent
        CourseSetupPage {}
    }
    Component {
        id: focusComponent
        FocusPage {}
    }
    Component {
        id: notesComponent
        NotesPage {}
    }
}
