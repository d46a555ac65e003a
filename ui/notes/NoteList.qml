pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The notes in OnMyMind.notes, in two columns on a tablet; says which one to open.
GridLayout {
    id: list
    signal editRequested(string noteId)
    // The page's column width (not this layout's own, which it sets).
    property real availableWidth: 0

    Layout.fillWidth: true
    columns: availableWidth >= Theme.fontBody * 40 ? 2 : 1
    columnSpacing: Theme.spacingSmall
    rowSpacing: Theme.spacingSmall

    Repeater {
        model: OnMyMind.notes
        NoteDelegate {
            id: entry
            Layout.preferredWidth: list.columns === 2 ? (list.availableWidth - Theme.spacingSmall) / 2 : list.availableWidth
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignTop
            onEditRequested: list.editRequested(entry.noteId)
        }
    }
}
