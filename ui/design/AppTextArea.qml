import QtQuick
import QtQuick.Controls
import org.ditcompanion.design

// Several lines of text in the app's field style (FieldBackground), wrapping at words.
TextArea {
    id: control
    leftPadding: Theme.spacingSmall + 4
    rightPadding: Theme.spacingSmall + 4
    topPadding: Theme.spacingSmall + 4
    bottomPadding: Theme.spacingSmall + 4
    wrapMode: TextEdit.Wrap
    font.pixelSize: Theme.fontBody
    color: Theme.text
    placeholderTextColor: Theme.textMuted
    selectByMouse: true
    background: FieldBackground {
        target: control
    }
}
