import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Entering the course: how many sessions, when the first one is, the weekly time, and how
// long each lasts. Each save keeps the earlier version. Rules live in CourseSetup (C++).
ScrollPage {
    id: page
    objectName: "courseSetupPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    // A therapist sets up the sessions of the patient open on the dashboard (docs/THERAPIST.md).
    readonly property bool therapist: Session.role === "therapist"
    title: therapist ? (CourseSetup.isNew ? qsTr("Set up the sessions — %1").arg(PatientDashboard.label)
                                          : qsTr("Sessions — %1").arg(PatientDashboard.label))
                     : CourseSetup.isNew ? qsTr("Add my sessions") : qsTr("My sessions")
    property string message

    Component.onCompleted: CourseSetup.reset()

    function save() {
        message = CourseSetup.save() ? "" : CourseSetup.errorMessage;
        if (message.length === 0)
            page.StackView.view.pop();
    }

    BodyText {
        text: page.therapist
              ? qsTr("The sessions as agreed with the patient. Mark breaks, cancellations and missed sessions as they happen; each change is kept. The patient gets them in the next hand-over file.")
              : CourseSetup.isNew
              ? qsTr("Add your sessions as you agreed them with your therapist. You can change them at any time.")
              : qsTr("If something changes, update it here. Each change is kept, so nothing is lost.")
    }

    Heading {
        level: 2
        text: qsTr("How many sessions")
    }
    ButtonGroup {
        id: lengthGroup
    }
    RoleChoice {
        objectName: "sessions16"
        title: qsTr("%1 sessions").arg(CourseSetup.standardSessions)
        detail: qsTr("The usual length")
        checked: CourseSetup.totalSessions === CourseSetup.standardSessions
        ButtonGroup.group: lengthGroup
        onClicked: CourseSetup.totalSessions = CourseSetup.standardSessions
    }
    RoleChoice {
        objectName: "sessions28"
        title: qsTr("%1 sessions").arg(CourseSetup.complexCareSessions)
        detail: qsTr("A longer course some services offer")
        checked: CourseSetup.totalSessions === CourseSetup.complexCareSessions
        ButtonGroup.group: lengthGroup
        onClicked: CourseSetup.totalSessions = CourseSetup.complexCareSessions
    }
    RoleChoice {
        id: otherLength
        objectName: "sessionsOther"
        title: qsTr("Another number")
        detail: page.therapist ? qsTr("A different number agreed with the patient")
                               : qsTr("If your therapist agreed a different number with you")
        checked: CourseSetup.totalSessions !== CourseSetup.standardSessions
                 && CourseSetup.totalSessions !== CourseSetup.complexCareSessions
        ButtonGroup.group: lengthGroup
        onClicked: CourseSetup.totalSessions = otherCount.value
    }
    AppSpinBox {
        id: otherCount
        objectName: "sessionsCount"
        visible: otherLength.checked
        Layout.minimumHeight: Theme.touchTarget
        from: 1
        to: CourseSetup.maxSessions
        value: otherLength.checked ? CourseSetup.totalSessions : 12
        editable: true
        font.pixelSize: Theme.fontBody
        Accessible.name: qsTr("Number of sessions")
        onValueModified: CourseSetup.totalSessions = value
    }

    Heading {
        level: 2
        text: qsTr("When")
    }
    DateField {
        objectName: "firstDate"
        label: qsTr("Date of the first session")
        years: CourseSetup.yearChoices
        year: CourseSetup.firstYear
        month: CourseSetup.firstMonth
        day: CourseSetup.firstDay
        onEdited: (y, m, d) => page.message = CourseSetup.setFirstDate(y, m, d) ? "" : CourseSetup.errorMessage
    }
    TimeField {
        objectName: "sessionTime"
        label: qsTr("Time of the sessions")
        hour: CourseSetup.hour
        minute: CourseSetup.minute
        onEdited: (h, m) => page.message = CourseSetup.setTime(h, m) ? "" : CourseSetup.errorMessage
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 4
        BodyText {
            text: qsTr("Each session lasts (minutes)")
        }
        AppSpinBox {
            objectName: "sessionMinutes"
            Layout.minimumHeight: Theme.touchTarget
            from: 10
            to: 180
            stepSize: 5
            value: CourseSetup.sessionMinutes
            editable: true
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Each session lasts, in minutes")
            onValueModified: CourseSetup.sessionMinutes = value
        }
    }

    Notice {
        objectName: "coursePreview"
        text: CourseSetup.preview
    }
    Notice {
        objectName: "courseProblem"
        isError: true
        text: CourseSetup.problem.length > 0 ? CourseSetup.problem : page.message
    }

    LinkCard {
        objectName: "openCourseWeeks"
        title: qsTr("Breaks, cancellations and changes")
        detail: CourseSetup.marksSummary
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/calendar.svg"
        onClicked: page.StackView.view.push(weeksComponent)
    }

    AppButton {
        objectName: "courseSave"
        Layout.fillWidth: true
        primary: true
        enabled: CourseSetup.dirty && CourseSetup.problem.length === 0
        text: qsTr("Save")
        onClicked: page.save()
    }

    Component {
        id: weeksComponent
        CourseWeeksPage {}
    }
}
