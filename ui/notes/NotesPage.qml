import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// On my mind: notes for the next session. Private, kept only on this device.
ScrollPage {
    id: page
    objectName: "notesPage"
    title: qsTr("On my mind")
    wideContent: true // the notes in two columns on a tablet

    // A new note begun and left (Back, a lock) is kept: say so, and carry on from it.
    TextDraft {
        id: newNote
        key: "note:new"
    }
    StackView.onActivated: newNote.reload()

    BodyText {
        objectName: "notesIntro"
        // After the last session there is no "next session" to point to.
        text: CourseOverview.stage === CourseOverview.Finished
              ? qsTr("Things on your mind now that your sessions have ended. If you have a follow-up appointment, mark the ones to bring; the rest can just be for you.")
              : qsTr("Things you might want to talk about at your next session. Mark the ones to bring; the rest can just be for you.")
    }
    Notice {
        text: qsTr("Private: your notes stay on this device, locked with your passphrase. They are not shared with anyone, your therapist included.")
    }
    AppButton {
        objectName: "noteAdd"
        Layout.fillWidth: true
        primary: true
        text: newNote.text.length > 0 ? qsTr("Carry on your note") : qsTr("Add a note")
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/plus.svg"
        onClicked: page.StackView.view.push(editComponent)
    }
    Notice {
        objectName: "noteDraftKept"
        text: newNote.text.length > 0 ? qsTr("The note you started is kept on this device, not yet saved. Carry on whenever you are ready.") : ""
    }
    SearchField {
        objectName: "notesSearch"
        visible: OnMyMind.count > 0
        placeholder: qsTr("Search your notes")
        accessibleName: qsTr("Search your notes")
        text: OnMyMind.query
        onTextChanged: OnMyMind.query = text
    }
    BodyText {
        objectName: "notesResults"
        visible: text.length > 0
        muted: true
        text: OnMyMind.resultsText
    }
    EmptyState {
        objectName: "notesEmpty"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        visible: OnMyMind.count === 0
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/note.svg"
        title: qsTr("Nothing here yet")
        body: qsTr("When something comes up between sessions, a thought, a dream, something someone said, you can note it here so it is not lost.")
    }
    NoteList {
        objectName: "notesList"
        availableWidth: page.columnWidth
        onEditRequested: id => page.StackView.view.push(editComponent, { noteId: id })
    }
    Notice {
        isError: true
        text: OnMyMind.errorMessage
    }

    Component {
        id: editComponent
        NoteEditPage {}
    }
}
