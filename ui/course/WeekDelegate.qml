import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One week of the course on the breaks page, as a compact list row: the session and its date
// at the left, the choice of what happened at the right (under them where the row is
// narrow), and a divider to the next row. Every change goes to CourseSetup, which applies the
// rules.
ColumnLayout {
    id: week
    // The model's roles (CourseSetup.weeks).
    required property int index
    required property string title
    required property string dateText
    required property string detail
    required property int mark
    required property var choices
    required property var moveDays
    required property int movedOffset
    required property int movedHour
    required property int movedMinute
    property string problem

    objectName: "week_" + index

    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    // The choice beside the words where there is room.
    readonly property bool beside: width >= Theme.fontBody * 30

    Rectangle {
        visible: week.index > 0
        Layout.fillWidth: true
        implicitHeight: 1
        color: Theme.divider
    }
    GridLayout {
        Layout.fillWidth: true
        columns: week.beside ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                Layout.fillWidth: true
                text: week.title + " · " + week.dateText
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                objectName: week.objectName + "_detail"
                Layout.fillWidth: true
                text: week.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
    ComboBox {
        objectName: week.objectName + "_mark"
        Layout.fillWidth: !week.beside
        Layout.preferredWidth: week.beside ? Theme.fontBody * 13 : -1
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
    }
    ColumnLayout {
        visible: week.mark === CourseWeeksModel.Moved
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
