pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Reading a letter as a keepsake: the whole screen (no tab bar; Get help and Back stay in the
// header), the letter on a sheet of paper with wide margins in the book serif, the date at
// the top and the sign-off set apart as in a letter, "Dear Alex" the first words on it.
// Sections, versions, what changed and saving a copy wait in one row above the sheet. Select
// words (or put the cursor in a paragraph) to mark them or write a private note; marks and
// notes are kept apart from the letter, which stays exactly as it was written.
ScrollPage {
    id: page
    objectName: "letterReadPage"
    immersive: true
    property string letterId: Letters.letterId
    property string versionId
    // A section to open at (from Home's marked moments); -1 for the start.
    property int initialSection: -1
    title: reading.available ? reading.title : reading.isReply ? qsTr("Your reply") : qsTr("Your letter")

    // The paragraph being acted on and the words selected in it (none: the whole paragraph).
    property int activeRow: -1
    property int selStart: 0
    property int selEnd: 0
    property LetterParagraph activeParagraph: null
    readonly property bool hasSelection: selEnd > selStart
    property string editingNoteId
    property bool showContents: false
    readonly property alias reading: reading

    signal compareRequested(string letterId, string toVersion)
    signal versionsRequested(string letterId)

    LetterReading {
        id: reading
        letterId: page.letterId
        versionId: page.versionId
        highlightColor: Theme.highlight
    }

    function scrollToRow(row) {
        const item = rowsRepeater.itemAt(row);
        if (!item)
            return;
        const y = item.mapToItem(page.flickable.contentItem, 0, 0).y - Theme.spacing;
        page.flickable.contentY = Math.max(0, Math.min(y, page.flickable.contentHeight - page.flickable.height));
    }
    // Opens at initialSection once the rows are laid out.
    Timer {
        id: openAt
        interval: 120
        running: page.initialSection >= 0 && reading.available
        onTriggered: {
            const contents = reading.contents;
            if (page.initialSection < contents.length)
                page.scrollToRow(contents[page.initialSection].row);
            page.initialSection = -1;
        }
    }
    function dismiss() {
        if (page.activeParagraph)
            page.activeParagraph.clearSelection();
        page.activeRow = -1;
        page.activeParagraph = null;
    }
    // Whole paragraph when nothing is selected; the core trims and clamps the range.
    function rangeEnd() {
        return page.hasSelection ? page.selEnd : 1000000;
    }
    function rangeStart() {
        return page.hasSelection ? page.selStart : 0;
    }

    footer: Rectangle {
        objectName: "markBar"
        visible: page.activeRow >= 0
        implicitHeight: visible ? barColumn.implicitHeight + 2 * Theme.spacingSmall : 0
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
        ColumnLayout {
            id: barColumn
            x: Theme.spacing
            y: Theme.spacingSmall
            width: parent.width - 2 * Theme.spacing
            spacing: Theme.spacingSmall
            Label {
                objectName: "markQuote"
                Layout.fillWidth: true
                text: page.hasSelection
                      ? "“" + reading.quoteFor(page.activeRow, page.selStart, page.selEnd) + "”"
                      : qsTr("This paragraph")
                font.family: Letters.readingFamily
                lineHeight: 0.85 // the book serif's own line spacing is generous
                font.italic: page.hasSelection
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                maximumLineCount: 2
                elide: Text.ElideRight
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                AppButton {
                    objectName: "markPassage"
                    primary: true
                    text: page.hasSelection ? qsTr("Mark these words") : qsTr("Mark this paragraph")
                    onClicked: {
                        if (reading.markPassage(page.activeRow, page.rangeStart(), page.rangeEnd()))
                            page.dismiss();
                    }
                }
                AppButton {
                    objectName: "addNote"
                    text: qsTr("Add a note")
                    onClicked: page.openNote("", reading.quoteFor(page.activeRow, page.rangeStart(), page.rangeEnd()),
                                             "", page.activeRow, page.rangeStart(), page.rangeEnd())
                }
                AppButton {
                    objectName: "unmarkPassage"
                    visible: page.activeParagraph !== null && page.activeParagraph.marked
                    text: qsTr("Unmark")
                    Accessible.name: qsTr("Remove your marks from this paragraph")
                    onClicked: {
                        const ids = page.activeParagraph.markIds;
                        for (let i = 0; i < ids.length; ++i)
                            reading.removeMark(ids[i]);
                        page.dismiss();
                    }
                }
                AppButton {
                    objectName: "doneMarking"
                    text: qsTr("Done")
                    fillColor: "transparent"
                    onClicked: page.dismiss()
                }
            }
        }
    }

    // The note being written in the dialog, kept as it is typed (docs/ARCHITECTURE.md, the
    // free-text table): which passage it is on and the words, one per letter, so Back or the
    // app locking with the dialog open loses nothing; the page then offers to carry on.
    // Kept is kept: Cancel throws the words away, closing the dialog any other way keeps them.
    TextDraft {
        id: noteDraft
        kind: "letter-note"
        key: page.letterId.length > 0 ? "letter-note:" + page.letterId : ""
    }
    readonly property var keptNote: {
        try {
            const kept = noteDraft.text.length > 0 ? JSON.parse(noteDraft.text) : null;
            return kept && typeof kept.text === "string" ? kept : null;
        } catch (e) {
            return null;
        }
    }
    // The passage the open dialog is about (a new note) and the words it opened with.
    property var noteAt: ({ row: -1, start: 0, end: 0, quote: "", initial: "" })
    StackView.onDeactivating: noteDraft.save()

    function openNote(id, quote, existing, row, start, end) {
        // The words kept from before, if they were for this very note or passage.
        const kept = page.keptNote;
        const same = kept !== null && kept.noteId === id
                     && (id.length > 0 || (kept.row === row && kept.start === start && kept.end === end));
        page.editingNoteId = id;
        page.noteAt = { row: row, start: start, end: end, quote: quote, initial: existing };
        noteDialog.restored = same;
        noteDialog.openFor(quote, same ? kept.text : existing);
    }
    function carryOnNote() {
        const kept = page.keptNote;
        page.openNote(kept.noteId, kept.quote, kept.text, kept.row, kept.start, kept.end);
    }
    function keepNote(text) {
        if (!noteDialog.opened && !noteDialog.visible)
            return;
        noteDraft.text = text === page.noteAt.initial ? ""
                : JSON.stringify({ noteId: page.editingNoteId, row: page.noteAt.row,
                                   start: page.noteAt.start, end: page.noteAt.end,
                                   quote: page.noteAt.quote, text: text });
    }
    function forgetNote() {
        noteDraft.text = "";
        noteDraft.save();
    }

    NoteDialog {
        id: noteDialog
        parent: page
        onNoteTextChanged: page.keepNote(noteText)
        onCancelled: page.forgetNote()
        // Closed any other way (Escape, Back): kept at once, so the page can say so.
        onClosed: noteDraft.save()
        onSaveRequested: note => {
            const ok = page.editingNoteId.length > 0
                     ? reading.editNote(page.editingNoteId, note)
                     : reading.addNote(page.noteAt.row, page.noteAt.start, page.noteAt.end, note);
            if (ok) {
                page.forgetNote();
                noteDialog.close();
                page.dismiss();
            } else {
                noteDialog.problem = reading.errorMessage;
            }
        }
    }

    Notice {
        objectName: "letterNoteKept"
        visible: page.keptNote !== null && !noteDialog.visible
        // The passage's first words are enough to know it again.
        text: page.keptNote !== null
              ? qsTr("You had started a note on “%1”. It is kept on this device.")
                .arg(page.keptNote.quote.length > 60 ? page.keptNote.quote.slice(0, 57).trim() + "…"
                                                      : page.keptNote.quote)
              : ""
    }
    AppButton {
        objectName: "letterNoteCarryOn"
        visible: page.keptNote !== null && !noteDialog.visible
        text: qsTr("Carry on your note")
        onClicked: page.carryOnNote()
    }

    EmptyState {
        objectName: "letterMissing"
        visible: !reading.available
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("No letter to show here")
        body: qsTr("There is no letter on this device to open here. Your letters, when you have one, are on the Letter page.")
        actionText: qsTr("Back")
        onActionClicked: Nav.backRequested()
    }

    LetterSaveDialog {
        id: saveDialog
        objectName: "readSaveDialog"
        letterId: page.letterId
    }

    // Everything about the letter, kept in one row above it: its sections, and one menu for
    // its versions, what changed and a copy to keep.
    // A Flow, so at large text the menu goes under Sections rather than off the screen.
    Flow {
        visible: reading.available
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        AppButton {
            objectName: "showContents"
            text: page.showContents ? qsTr("Hide sections") : qsTr("Sections")
            fillColor: "transparent"
            Accessible.name: page.showContents ? qsTr("Hide the list of sections") : qsTr("Show the list of sections")
            onClicked: page.showContents = !page.showContents
        }
        MoreMenuButton {
            objectName: "letterMenuButton"
            menu.objectName: "letterMenu"
            Accessible.name: qsTr("More: versions, what changed, save a copy")
            MenuItem {
                objectName: "openVersions"
                visible: reading.versionCount > 1
                height: visible ? implicitHeight : 0
                text: qsTr("Versions (%1)").arg(reading.versionCount)
                Accessible.name: qsTr("Versions of this letter: %1").arg(reading.versionText)
                onTriggered: page.versionsRequested(page.letterId)
            }
            MenuItem {
                objectName: "compareVersions"
                visible: reading.earlierVersionId.length > 0
                height: visible ? implicitHeight : 0
                text: qsTr("What changed in this version")
                onTriggered: page.compareRequested(page.letterId, reading.shownVersionId)
            }
            MenuItem {
                objectName: "saveCopy"
                text: qsTr("Save a copy as PDF…")
                onTriggered: saveDialog.chooseFormat("pdf")
            }
        }
    }
    Notice {
        objectName: "readSaveMessage"
        isError: saveDialog.failed
        text: saveDialog.message
    }
    Notice {
        text: reading.versionNotice
    }
    Notice {
        isError: true
        text: reading.errorMessage
    }
    Card {
        objectName: "letterContents"
        Layout.fillWidth: true
        visible: page.showContents && reading.available
        Heading {
            level: 3
            text: qsTr("In this letter")
        }
        RepeatedRows {
            model: reading.contents
            AppButton {
                required property var modelData
                required property int index
                objectName: "goToSection_" + index
                Layout.fillWidth: true
                text: modelData.heading
                fillColor: "transparent"
                Accessible.name: qsTr("Go to %1").arg(modelData.heading)
                onClicked: {
                    page.showContents = false;
                    page.scrollToRow(modelData.row);
                }
            }
        }
    }

    // The sheet of paper.
    Rectangle {
        id: sheet
        objectName: "letterSheet"
        visible: reading.available
        Layout.fillWidth: true
        // Wide margins (a tenth of the sheet, up to 56 px) while a line still holds a letter's
        // measure, about 30 characters (15 em of the reading size); with large text on a phone
        // they give way down to 12 px, and the sheet takes the page's own side margins too.
        readonly property real measure: 15 * Theme.fontReading
        readonly property bool squeezed: page.columnWidth - 2 * Math.min(page.columnWidth / 10, 56) < measure
        readonly property real margin: Math.max(12, Math.min(width / 10, 56, (width - measure) / 2))
        Layout.leftMargin: squeezed ? -Theme.spacing : 0
        Layout.rightMargin: Layout.leftMargin
        implicitHeight: sheetColumn.implicitHeight + 2 * margin
        color: Theme.paper
        border.color: Theme.divider
        border.width: 1
        radius: 4

        ColumnLayout {
            id: sheetColumn
            x: sheet.margin
            y: sheet.margin
            width: sheet.width - 2 * sheet.margin
            spacing: 0

            // The date, top right as in a letter.
            Label {
                objectName: "letterDate"
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.spacingLarge
                horizontalAlignment: Text.AlignRight
                text: reading.dateText
                font.family: Letters.readingFamily
                lineHeight: 0.85 // the book serif's own line spacing is generous
                font.pixelSize: Theme.fontBody
                color: Theme.textMuted
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            RepeatedRows {
                spacing: 0
                id: rowsRepeater
                model: reading.rows

                ColumnLayout {
                    id: rowItem
                    required property int index
                    required property string rowType
                    required property string blockType
                    required property int number
                    required property string html
                    required property string plain
                    required property bool marked
                    required property var markIds
                    required property var notes
                    Layout.fillWidth: true
                    spacing: 0

                    Label {
                        visible: rowItem.rowType === "heading"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingLarge
                        text: rowItem.plain
                        font.family: Letters.readingFamily
                        lineHeight: 0.85 // the book serif's own line spacing is generous
                        font.pixelSize: Theme.fontTitle
                        font.weight: Font.DemiBold
                        color: Theme.text
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        Accessible.role: Accessible.Heading
                        Accessible.name: text
                    }
                    LetterParagraph {
                        id: paragraph
                        objectName: "letterParagraph_" + rowItem.index
                        visible: rowItem.rowType === "block"
                        Layout.fillWidth: true
                        Layout.bottomMargin: rowItem.blockType === "paragraph" || rowItem.blockType === "quote"
                                             ? Theme.spacingSmall : 0
                        // The sign-off ("With warm wishes, / Ruth"), the letter's last short
                        // paragraph, set apart below it as in a letter.
                        Layout.topMargin: rowItem.rowType === "block" && rowItem.index === rowsRepeater.count - 1
                                          && rowItem.plain.length < 80 ? Theme.spacingLarge : 0
                        row: rowItem.index
                        blockType: rowItem.blockType
                        number: rowItem.number
                        html: rowItem.html
                        plain: rowItem.plain
                        marked: rowItem.marked
                        markIds: rowItem.markIds
                        notes: rowItem.notes
                        onActivated: (row, start, end) => {
                            page.activeRow = row;
                            page.selStart = start;
                            page.selEnd = end;
                            page.activeParagraph = paragraph;
                        }
                        onEditNoteRequested: (id, quote, note) => page.openNote(id, quote, note, -1, 0, 0)
                        onRemoveNoteRequested: id => reading.removeMark(id)
                    }
                    Card {
                        visible: rowItem.rowType === "elsewhere"
                        Layout.fillWidth: true
                        Layout.topMargin: Theme.spacingLarge
                        Heading {
                            level: 3
                            text: qsTr("Marks on words not in this version")
                        }
                        RepeatedRows {
                            model: rowItem.notes
                            MarginNote {
                                required property var modelData
                                Layout.fillWidth: true
                                noteId: modelData.id
                                quote: modelData.quote
                                note: modelData.isNote ? modelData.note : qsTr("(marked)")
                                editable: modelData.isNote
                                onEditRequested: page.openNote(modelData.id, modelData.quote, modelData.note, -1, 0, 0)
                                onRemoveRequested: reading.removeMark(modelData.id)
                            }
                        }
                    }
                }
            }
            Label {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                horizontalAlignment: Text.AlignHCenter
                text: "⁂"
                color: Theme.textMuted
                font.pixelSize: Theme.fontTitle
                Accessible.name: qsTr("End of the letter")
            }
        }
    }

    // About the letter, after it: which version this is, and how marking works (said once).
    BodyText {
        objectName: "versionText"
        visible: reading.available && text.length > 0
        muted: true
        text: reading.versionText
    }
    BodyText {
        visible: reading.available
        muted: true
        font.pixelSize: Theme.fontSmall
        text: qsTr("Select words, or tap a paragraph, to mark it or add a private note. Your marks never change the letter.")
    }
}
