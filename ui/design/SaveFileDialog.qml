import QtQuick
import QtQuick.Dialogs
import QtCore

// Saving a file a person asked for through the system's save dialog: it starts in Documents
// with a suggested name. Call choose(); on `chosen`, save to the file and say what happened
// with report(). `message` and `failed` say what happened, for a Notice beside the button:
// "Nothing was saved." when the person cancels, and why not when the chooser cannot open.
FileDialog {
    id: dialog
    // The name offered, such as "letter-2026-05-01.pdf".
    property string suggestedName
    property string message
    property bool failed: false
    signal chosen(url file)

    fileMode: FileDialog.SaveFile
    currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
    selectedFile: currentFolder + "/" + dialog.suggestedName
    onAccepted: dialog.chosen(selectedFile)
    onRejected: dialog.report("", qsTr("Nothing was saved."))

    function choose() {
        dialog.report("", "");
        dialog.open();
        // It once failed silently (a missing system package); say so rather than nothing.
        if (!dialog.visible)
            dialog.report(qsTr("The file chooser could not open, so nothing was saved. Please try again, or restart the app."), "");
    }
    // A problem if saving failed (shown as an error), else what was done.
    function report(problem, done) {
        dialog.failed = problem.length > 0;
        dialog.message = problem.length > 0 ? problem : done;
    }
}
