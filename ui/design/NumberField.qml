import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// One part of a date or a time as a boxed field that takes typed digits ("16" is the 16th,
// never the 7th), with its label above. What was typed stays while it is being typed and after
// a refusal; it follows `value` again when the model changes it.
ColumnLayout {
    id: field
    property alias label: caption.text
    property string accessibleName: label
    property int value: 0
    property int from: 0
    property int to: 99
    property int digits: 1 // shown with leading zeros to this many digits (minutes: 2)
    property alias input: input
    // The number typed now, or -1 while it is not a whole number in range.
    readonly property int typed: parsed(input.text)
    // Sent as a person types, with the number typed (only whole numbers in range).
    signal edited(int value)

    function parsed(text) {
        const n = Number(text);
        return text.length > 0 && Number.isInteger(n) && n >= from && n <= to ? n : -1;
    }
    function shown(n) {
        return String(n).padStart(digits, "0");
    }
    // Never rewritten under a person's fingers: only when the model changes it from elsewhere,
    // or tidied ("4" to "04") when they leave the box.
    onValueChanged: {
        if (!input.activeFocus && field.parsed(input.text) !== field.value)
            input.text = shown(value);
    }
    Component.onCompleted: input.text = shown(value)

    spacing: 4
    Layout.fillWidth: true

    // One line (a part's name is a word): a wrapping caption in a row of parts would make
    // the row's height depend on its widths.
    Label {
        id: caption
        Layout.fillWidth: true
        elide: Text.ElideRight
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
        Accessible.ignored: true
    }
    AppTextField {
        id: input
        objectName: field.objectName + "Input"
        Layout.fillWidth: true
        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhNoPredictiveText
        validator: IntValidator {
            bottom: 0
            top: field.to
        }
        Accessible.name: field.accessibleName
        onEditingFinished: {
            if (field.parsed(input.text) === field.value)
                input.text = field.shown(field.value);
        }
        // From the text itself: textEdited comes before `typed` has followed it.
        onTextEdited: {
            const n = field.parsed(input.text);
            if (n >= 0)
                field.edited(n);
        }
        Keys.onUpPressed: {
            if (field.value < field.to)
                field.edited(field.value + 1);
        }
        Keys.onDownPressed: {
            if (field.value > field.from)
                field.edited(field.value - 1);
        }
    }
}
