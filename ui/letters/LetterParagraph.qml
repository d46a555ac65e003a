pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One paragraph, list item or quote of a letter, set in the reading serif. Its words can be
// selected (mouse, touch or Shift+arrows) to mark them or write a note; the notes made on
// it follow it, like notes in a margin. Marked words are shown with a colour behind them
// and an underline, and said to screen readers.
ColumnLayout {
    id: para
    property int row: -1
    property string blockType: "paragraph"
    property int number: 0
    property string html
    property string plain
    property bool marked: false
    property var markIds: []
    property var notes: []
    property alias textItem: edit
    readonly property bool hasSelection: edit.selectionEnd > edit.selectionStart

    // The reader put the cursor here or selected words: the page offers what to do.
    signal activated(int row, int start, int end)
    signal editNoteRequested(string id, string quote, string note)
    signal removeNoteRequested(string id)

    function clearSelection() {
        edit.deselect();
    }

    spacing: Theme.spacingSmall

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall

        // A list marker, or a rule beside a quoted passage.
        Label {
            visible: para.blockType === "bullet" || para.blockType === "numbered"
            Layout.alignment: Qt.AlignTop
            Layout.preferredWidth: Theme.fontReading * 1.5
            text: para.blockType === "numbered" ? para.number + "." : "•"
            font.family: Letters.readingFamily
            font.pixelSize: Theme.fontReading
            color: Theme.textMuted
            horizontalAlignment: Text.AlignRight
            Accessible.ignored: true
        }
        Rectangle {
            visible: para.blockType === "quote"
            Layout.fillHeight: true
            Layout.leftMargin: Theme.spacing
            implicitWidth: 3
            color: Theme.outline
        }
        TextEdit {
            id: edit
            objectName: "letterText_" + para.row
            Layout.fillWidth: true
            textFormat: TextEdit.RichText
            text: para.html
            readOnly: true
            selectByMouse: true
            selectByKeyboard: true
            persistentSelection: true
            activeFocusOnTab: true
            wrapMode: TextEdit.Wrap
            font.family: Letters.readingFamily
            font.pixelSize: Theme.fontReading
            font.italic: para.blockType === "quote"
            color: Theme.text
            selectionColor: Theme.primary
            selectedTextColor: Theme.textOnPrimary
            Accessible.role: Accessible.Paragraph
            Accessible.name: para.plain
            Accessible.description: para.marked ? qsTr("You marked words in this paragraph.") : ""
            onSelectionStartChanged: para.report()
            onSelectionEndChanged: para.report()
            onActiveFocusChanged: {
                if (activeFocus)
                    para.report();
            }

            Rectangle {
                anchors.fill: parent
                anchors.margins: -4
                color: "transparent"
                radius: 4
                border.width: 2
                border.color: Theme.focusRing
                visible: edit.activeFocus
            }
        }
        // Said in words too, not only by the colour behind the marked words. Its room is kept
        // when nothing is marked, so marking does not re-wrap the paragraph under the reader.
        Item {
            Layout.alignment: Qt.AlignTop
            implicitWidth: sign.implicitWidth
            implicitHeight: sign.implicitHeight
            Label {
                id: sign
                objectName: "markedSign_" + para.row
                visible: para.marked
                text: "✦"
                color: Theme.textMuted
                font.pixelSize: Theme.fontSmall
                Accessible.ignored: true
            }
        }
    }

    function report() {
        para.activated(para.row, edit.selectionStart, edit.selectionEnd);
    }

    RepeatedRows {
        Layout.leftMargin: Theme.spacing
        model: para.notes
        MarginNote {
            required property var modelData
            noteId: modelData.id
            quote: modelData.quote
            note: modelData.note
            onEditRequested: para.editNoteRequested(modelData.id, modelData.quote, modelData.note)
            onRemoveRequested: para.removeNoteRequested(modelData.id)
        }
    }
}
