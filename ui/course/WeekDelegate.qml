import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One week of the course on the setup screen: what it is, and a choice of what happened.
// Every change goes to CourseSetup, which applies the rules.
Card {
    id: week
    // The model's roles (CourseSetup.weeks).
    required property int index
    required property string title
    required property string dateText
    required property string detail
    required property string mark
    required property var choices
    required property var moveDays
    required property int movedOffset
    required property int movedHour
    required property int movedMinute
    property string problem

    objectName: "week_" + index

    Layout.fillWidth: true

    Heading {
        level: 3
        text: week.title
    }
    BodyText {
        text: week.dateText
        muted: true
    }
    BodyText {
        objectName: week.objectName + "_detail"
        text: week.detail
    }
    ComboBox {
        objectName: week.objectName + "_mark"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        font.pixelSize: Theme.fontBody
        model: week.choices
        textRole: "label"
        valueRole: "key"
        currentIndex: Math.max(0, week.choices.findIndex(c => c.key === week.mark))
        Accessible.name: qsTr("What happened in the week of %1").arg(week.dateText)
        onActivated: index => week.problem = CourseSetup.setWeekMark(week.index, week.choices[index].key)
                                             ? "" : CourseSetup.errorMessage
    }
    ColumnLayout {
        visible: week.mark === "moved"
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        ComboBox {
            objectName: week.objectName + "_moveDay"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: week.moveDays
            textRole: "label"
            currentIndex: Math.max(0, week.moveDays.findIndex(d => d.offset === week.movedOffset))
            Accessible.name: qsTr("Moved to which day")
            onActivated: index => week.problem = CourseSetup.moveWeek(week.index, week.moveDays[index].offset,
                                                                     week.movedHour, week.movedMinute)
                                                 ? "" : CourseSetup.errorMessage
        }
        TimeField {
            objectName: week.objectName + "_moveTime"
            label: qsTr("Moved to what time")
            hour: week.movedHour
            minute: week.movedMinute
            onEdited: (h, m) => week.problem = CourseSetup.moveWeek(week.index, week.movedOffset, h, m)
                                               ? "" : CourseSetup.errorMessage
        }
    }
    Notice {
        isError: true
        text: week.problem
    }
}
