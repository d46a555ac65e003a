import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The letter's sheet on a phone: wide margins at the normal text size; with large text
// (this file also runs at 200%, qml_tst_letter_sheet_font200) the margins give way so a line
// still holds as many words as the screen allows (docs/LETTERS.md, "A sheet of paper").
TestCase {
    id: tc
    name: "LetterSheet"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: readComponent
        LetterReadPage {
            width: tc.width
            height: tc.height
        }
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("after"));
    }

    function test_marginsLeaveALineItsMeasure() {
        const page = createTemporaryObject(readComponent, tc, { letterId: Letters.letterId });
        const sheet = findChild(page, "letterSheet");
        verify(sheet.visible);
        const line = sheet.width - 2 * sheet.margin;
        if (Theme.fontBody <= 16) {
            // Normal text: the wide margins, a tenth of the sheet, inside the page's own.
            verify(!sheet.squeezed);
            compare(sheet.margin, Math.min(sheet.width / 10, 56));
            verify(line >= sheet.measure, line + " px < " + sheet.measure);
        } else {
            // 200%: the sheet reaches the screen's edges and keeps 12 px margins.
            verify(sheet.squeezed);
            compare(sheet.width, tc.width);
            compare(sheet.margin, 12);
            verify(line >= tc.width - 24);
        }
    }
}
