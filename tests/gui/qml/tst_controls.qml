import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design

// The design module's controls (docs/ARCHITECTURE.md, "Design module"): radio and tick marks
// that grow with the text (this file also runs at 200% text, qml_tst_controls_font200), one
// boxed field style with its label above, dates and times typed as numbers, and Return
// pressing the focused button.
TestCase {
    id: tc
    name: "Controls"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: choices
        Column {
            width: tc.width
            property alias check: check
            property alias radio: radio
            property alias role: role
            property alias answer: answer
            ChoiceCheck {
                id: check
                width: parent.width
                text: "Include the notes"
                checked: true
            }
            ChoiceRadio {
                id: radio
                width: parent.width
                text: "This version"
            }
            RoleChoice {
                id: role
                width: parent.width
                title: "I am having therapy"
                detail: "Your forms"
            }
            AnswerButton {
                id: answer
                width: parent.width
                text: "Several days"
                number: "1"
            }
        }
    }
    Component {
        id: fieldComponent
        Column {
            width: tc.width
            property alias text: text
            property alias date: date
            property alias time: time
            property alias button: button
            AppTextField {
                id: text
                width: parent.width
            }
            DateField {
                id: date
                objectName: "date"
                width: parent.width
                label: "Date of the first session"
                years: [2025, 2026, 2027]
                year: 2026
                month: 3
                day: 2
            }
            TimeField {
                id: time
                objectName: "time"
                width: parent.width
                label: "Time of the sessions"
                hour: 10
                minute: 0
            }
            AppButton {
                id: button
                text: "Save"
            }
        }
    }
    SignalSpy {
        id: dateSpy
        signalName: "edited"
    }
    SignalSpy {
        id: clickSpy
        signalName: "clicked"
    }

    // Every kind of choice draws the one mark, sized from the text: at 200% text it is twice
    // the size (a fixed 18-24 px mark was lost beside 32 px words).
    function test_marksGrowWithTheText() {
        const column = createTemporaryObject(choices, tc);
        const expected = Math.round(Theme.fontBody * 1.375);
        for (const control of [column.check, column.radio, column.role, column.answer]) {
            const mark = findChild(control, "choiceIndicator");
            verify(mark !== null, control.text || control.title);
            compare(mark.width, expected);
            verify(mark.width >= Theme.fontBody * 1.25);
            verify(control.height >= 48);
        }
        compare(findChild(column.check, "choiceIndicator").checked, true);
    }

    // Boxed, never underlined: an outline all round, thicker while typing.
    function test_fieldsAreBoxed() {
        const column = createTemporaryObject(fieldComponent, tc);
        const box = column.text.background;
        compare(box.height, column.text.height);
        compare(box.border.width, 1);
        column.text.forceActiveFocus();
        compare(box.border.width, 2);
        verify(column.text.height >= 48);
    }

    // "16" typed in the day is the 16th (a drop-down chose the 7th); a refused part keeps
    // what was typed.
    function test_datePartsTakeTypedNumbers() {
        const column = createTemporaryObject(fieldComponent, tc);
        dateSpy.target = column.date;
        dateSpy.clear();
        const day = findChild(column.date, "dateDayInput");
        verify(day !== null);
        day.forceActiveFocus();
        day.selectAll();
        keyClick(Qt.Key_1);
        keyClick(Qt.Key_6);
        compare(day.text, "16");
        compare(dateSpy.signalArguments[dateSpy.count - 1][2], 16);
        compare(dateSpy.signalArguments[dateSpy.count - 1][1], 3);
        // Nothing outside the range is sent.
        const month = findChild(column.date, "dateMonthInput");
        month.forceActiveFocus();
        month.selectAll();
        const before = dateSpy.count;
        keyClick(Qt.Key_0);
        compare(dateSpy.count, before);
        keyClick(Qt.Key_9);
        compare(dateSpy.signalArguments[dateSpy.count - 1][1], 9);

        dateSpy.target = column.time;
        dateSpy.clear();
        const minute = findChild(column.time, "timeMinuteInput");
        compare(minute.text, "00");
        minute.forceActiveFocus();
        minute.selectAll();
        keyClick(Qt.Key_4);
        keyClick(Qt.Key_5);
        compare(dateSpy.signalArguments[dateSpy.count - 1][0], 10);
        compare(dateSpy.signalArguments[dateSpy.count - 1][1], 45);
    }

    // Return and Enter press the focused button, as Space does.
    function test_returnPressesTheFocusedButton() {
        const column = createTemporaryObject(fieldComponent, tc);
        clickSpy.target = column.button;
        clickSpy.clear();
        column.button.forceActiveFocus(Qt.TabFocusReason);
        keyClick(Qt.Key_Return);
        compare(clickSpy.count, 1);
        keyClick(Qt.Key_Enter);
        compare(clickSpy.count, 2);
        column.button.enabled = false;
        keyClick(Qt.Key_Return);
        compare(clickSpy.count, 2);
    }
}
