import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Shown wherever a person writes free text a therapist might later read: nobody reads it as it
// is written, and crisis support is one tap away (docs/CLINICAL_SAFETY.md, H17). True in every
// sharing state, so it promises nothing about who sees the text or when.
ColumnLayout {
    id: notice
    objectName: "unwatchedNotice"
    Layout.fillWidth: true
    spacing: Theme.spacingSmall
    // Emitted as crisis support is asked for, so a dialog holding this can close first.
    signal helpRequested()

    Notice {
        objectName: "unwatchedText"
        text: qsTr("Nobody watches what you write here as you write it. If you are at risk now, use Get help.")
    }
    // The header's own quiet Get help style, so the two on a screen look like one thing.
    CrisisButton {
        objectName: "unwatchedGetHelp"
        onHelpRequested: notice.helpRequested()
    }
}
