pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The course at a glance: one mark per session. Shape, not colour, tells them apart: a
// filled dot for a session that has happened, a ring with a gap for a missed one, a large
// ring for the current one and a small outline for those ahead. The words are in
// `description`, which screen readers read instead.
Flow {
    id: dots
    property var marks: [] // a CourseOverview.SessionMark a session, in order
    property string description

    Layout.fillWidth: true
    spacing: 6
    Accessible.role: Accessible.Graphic
    Accessible.name: description

    Repeater {
        model: dots.marks
        Item {
            id: dot
            required property int modelData
            readonly property bool current: modelData === CourseOverview.Now
            width: 18
            height: 18
            Rectangle {
                anchors.centerIn: parent
                width: dot.current ? 18 : 12
                height: width
                radius: width / 2
                color: dot.modelData === CourseOverview.Done ? Theme.primary : "transparent"
                border.width: dot.current ? 3 : (dot.modelData === CourseOverview.Ahead ? 1 : 2)
                border.color: dot.modelData === CourseOverview.Ahead ? Theme.outline : Theme.primary
            }
            Rectangle {
                // The gap that marks a missed session.
                visible: dot.modelData === CourseOverview.Missed
                anchors.centerIn: parent
                width: 14
                height: 3
                rotation: -45
                color: Theme.background
            }
        }
    }
}
