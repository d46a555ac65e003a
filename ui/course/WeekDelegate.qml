import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One week of the course on the breaks page, as a compact list row: the session and its date
// at the left, the choice of what happened at the right (under them where the row is
// narrow), and a divider to the next row. Every change goes to CourseSetup, which applies the
// rules.
// The row is a Column (a positioner), not a layout: its words are Labels whose height follows
// the width they are given, and Qt 6.4's nested layouts do not take a wrapped label's new
// height (the row kept one line's height and the next line was drawn over it; see
// docs/DEVELOPING.md, "Wrapped text in nested layouts").
Column {
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
        width: week.width
        height: 1
        color: Theme.divider
    }
    Item {
        width: week.width
        implicitHeight: week.beside ? Math.max(words.implicitHeight, markBox.height)
                                    : words.implicitHeight + Theme.spacingSmall + markBox.height
        Column {
            id: words
            width: week.beside ? week.width - markBox.width - Theme.spacing : week.width
            anchors.verticalCenter: week.beside ? parent.verticalCenter : undefined
            Label {
                objectName: week.objectName + "_title"
                width: words.width
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
                width: words.width
                text: week.detail
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                wrapMode: Text.Wrap
            }
        }
        ComboBox {
            id: markBox
            objectName: week.objectName + "_mark"
            x: week.beside ? week.width - width : 0
            y: week.beside ? (parent.height - height) / 2 : words.implicitHeight + Theme.spacingSmall
            width: week.beside ? Theme.fontBody * 13 : week.width
            height: Math.max(Theme.touchTarget, implicitHeight)
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
        width: week.width
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
        width: week.width
        isError: true
        text: week.problem
    }
}
