pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Each week of the course: mark planned breaks, cancellations, missed sessions and moved
// sessions, one compact row a week. Changes are part of the same draft as the setup page and
// saved from either.
ScrollPage {
    id: page
    objectName: "courseWeeksPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    title: qsTr("Breaks and changes")
    property string message

    BodyText {
        text: Session.role === "therapist"
              ? qsTr("A planned break or a cancelled session moves the sessions after it a week later. A missed session (the patient did not come) still counts as one of the course's sessions.")
              : qsTr("A planned break or a cancelled session moves the sessions after it a week later. A missed session still counts as one of your sessions.")
    }
    // One card holding a compact row per week.
    Card {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        RepeatedRows {
            model: CourseSetup.weeks
            WeekDelegate {}
        }
    }
    Notice {
        objectName: "weeksProblem"
        isError: true
        text: CourseSetup.problem.length > 0 ? CourseSetup.problem : page.message
    }
    AppButton {
        objectName: "weeksSave"
        Layout.fillWidth: true
        primary: true
        enabled: CourseSetup.dirty && CourseSetup.problem.length === 0
        text: qsTr("Save")
        onClicked: {
            page.message = CourseSetup.save() ? "" : CourseSetup.errorMessage;
            if (page.message.length === 0)
                page.StackView.view.pop();
        }
    }
}
