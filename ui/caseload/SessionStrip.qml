pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A patient's course as one row of session chips on the therapist's dashboard: the number,
// the attendance as a symbol (✓ attended, ✗ missed, ▶ next, ○ to come, ‖ planned break,
// — cancelled) and the phase as a soft tint; the next session has a heavier outline. Nothing
// rests on colour: the key below says the symbols in words and each chip's accessible name is
// the whole entry ("Session 7, Sunday 22 November 2026, Middle phase: Attended"). The chips
// wrap onto more rows where the pane is narrow.
// Laid out by hand, its implicit width 0, so its parent layout never goes round in circles.
Item {
    id: strip
    property var model // PatientDashboard.timeline
    Layout.fillWidth: true
    implicitWidth: 0
    implicitHeight: chips.height + Theme.spacingSmall + key.implicitHeight

    // A grid with as many columns as fit.
    Grid {
        id: chips
        objectName: "sessionStrip"
        width: strip.width
        spacing: 4
        readonly property real chipWidth: Math.round(Theme.fontBody * 2.2)
        columns: Math.max(1, Math.floor((strip.width + spacing) / (chipWidth + spacing)))
        Repeater {
            model: strip.model
            Rectangle {
                id: chip
                required property var model
                required property int index
                objectName: "sessionChip_" + index
                readonly property bool next: model.state === PatientDashboard.Next
                                             || model.state === PatientDashboard.Now
                width: Math.max(chips.chipWidth, chipText.implicitWidth + 8)
                height: chipText.implicitHeight + 8
                radius: 6
                color: model.phase === PatientDashboard.Initial ? Theme.phaseInitial
                     : model.phase === PatientDashboard.Middle ? Theme.phaseMiddle : Theme.phaseEnding
                border.width: next ? 2 : 1
                border.color: next ? Theme.primary : Theme.divider
                Accessible.role: Accessible.ListItem
                Accessible.name: model.description

                Column {
                    id: chipText
                    anchors.centerIn: parent
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        // A week with no session (a planned break) has no number.
                        text: chip.model.session > 0 ? chip.model.session : "–"
                        font.pixelSize: Theme.fontSmall
                        font.weight: chip.next ? Font.Bold : Font.Normal
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        anchors.horizontalCenter: parent.horizontalCenter
                        text: chip.model.symbol
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
    Label {
        id: key
        objectName: "sessionStripKey"
        y: chips.height + Theme.spacingSmall
        width: strip.width
        text: qsTr("✓ attended · ✗ missed · ▶ next · ○ to come · ‖ planned break · — cancelled. Shaded by phase: beginning, middle, ending.")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        wrapMode: Text.Wrap
    }
}
