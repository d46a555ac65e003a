pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The notes in OnMyMind.notes, in two columns on a tablet; says which one to open.
// Rows, not a Repeater in a layout: the notes change while the page is shown (a note saved as
// its editor closes and the side rail comes back), which a layout in Qt 6.4 does not survive
// (RepeatedRows says why).
RepeatedRows {
    id: list
    signal editRequested(string noteId)
    // The page's column width, which decides the columns.
    property real availableWidth: 0

    columns: availableWidth >= Theme.fontBody * 40 ? 2 : 1
    model: OnMyMind.notes
    NoteDelegate {
        id: entry
        onEditRequested: list.editRequested(entry.noteId)
    }
}
