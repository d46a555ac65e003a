pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The notes in OnMyMind.notes, in two columns on a tablet; says which one to open.
// A positioner, not a layout: the notes change while the page is shown (a note saved as its
// editor closes and the side rail comes back), which a layout in Qt 6.4 does not survive
// (RepeatedRows says why).
Grid {
    id: list
    signal editRequested(string noteId)
    // The page's column width (not this grid's own, which the page's layout sets).
    property real availableWidth: 0
    readonly property real cellWidth: columns === 2 ? (availableWidth - columnSpacing) / 2 : availableWidth

    Layout.fillWidth: true
    columns: availableWidth >= Theme.fontBody * 40 ? 2 : 1
    columnSpacing: Theme.spacingSmall
    rowSpacing: Theme.spacingSmall

    Repeater {
        model: OnMyMind.notes
        NoteDelegate {
            id: entry
            width: list.cellWidth
            onEditRequested: list.editRequested(entry.noteId)
        }
    }
}
