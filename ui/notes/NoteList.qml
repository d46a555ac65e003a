pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// The notes in OnMyMind.notes; says which one to edit.
ColumnLayout {
    id: list
    signal editRequested(string noteId)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    Repeater {
        model: OnMyMind.notes
        NoteDelegate {
            id: entry
            onToBringToggled: on => OnMyMind.setToBring(entry.noteId, on)
            onEditRequested: list.editRequested(entry.noteId)
        }
    }
}
