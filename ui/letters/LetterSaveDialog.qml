import QtQuick
import QtQuick.Dialogs
import QtCore
import org.ditcompanion.app

// Saving a copy of a letter through the system's save dialog (the letter page's "Keep a copy"
// and the reading page's menu): what was saved or why not, in `message`.
FileDialog {
    id: dialog
    property string letterId: Letters.letterId
    property string format: "pdf"
    property bool includeReply: false
    property bool includeMarks: false
    property string message
    property bool failed: false

    title: qsTr("Save a copy of your letter")
    fileMode: FileDialog.SaveFile
    currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    selectedFile: currentFolder + "/" + Letters.exportFileName(dialog.format)
    nameFilters: dialog.format === "pdf" ? [qsTr("PDF (*.pdf)")] : [qsTr("Text (*.txt)")]
    onAccepted: {
        const problem = Letters.exportLetter(dialog.letterId, dialog.format, dialog.includeReply,
                                             dialog.includeMarks, selectedFile);
        const path = YourData.localPath(selectedFile);
        dialog.failed = problem.length > 0;
        dialog.message = problem.length > 0 ? qsTr("Nothing was saved: %1").arg(problem)
                         : qsTr("Saved to %1. This copy is not protected by your passphrase: keep it somewhere private.")
                           .arg(path.length > 0 ? path : selectedFile.toString());
    }
    onRejected: {
        dialog.failed = false;
        dialog.message = qsTr("Nothing was saved.");
    }

    // Says why not when the system's file chooser cannot open (it once failed silently).
    function choose(format) {
        dialog.format = format;
        dialog.message = "";
        dialog.open();
        if (!dialog.visible) {
            dialog.failed = true;
            dialog.message = qsTr("The file chooser could not open, so nothing was saved. Please try again, or restart the app.");
        }
    }
}
