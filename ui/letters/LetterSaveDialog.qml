import QtQuick
import org.ditcompanion.app
import org.ditcompanion.design

// Saving a copy of a letter through the system's save dialog (the letter page's "Keep a copy"
// and the reading page's menu): what was saved or why not, in `message`.
SaveFileDialog {
    id: dialog
    property string letterId: Letters.letterId
    property string format: "pdf"
    property bool includeReply: false
    property bool includeMarks: false

    title: qsTr("Save a copy of your letter")
    suggestedName: Letters.exportFileName(dialog.format)
    nameFilters: dialog.format === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("Text (*.txt)")]
    onChosen: file => {
        const saved = Letters.exportLetter(dialog.letterId, dialog.format, dialog.includeReply,
                                           dialog.includeMarks, file);
        const path = YourData.localPath(file);
        dialog.report(saved ? "" : qsTr("Nothing was saved: %1").arg(Letters.errorMessage),
                      qsTr("Saved to %1. This copy is not protected by your passphrase: keep it somewhere private.")
                      .arg(path.length > 0 ? path : file.toString()));
    }

    function chooseFormat(format) {
        dialog.format = format;
        dialog.choose();
    }
}
