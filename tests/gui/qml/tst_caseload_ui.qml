import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// The therapist's caseload in the real window (docs/THERAPIST.md): a risk answer acknowledged from the
// patient's page is recorded and clears the flag; a patient added by keyboard opens on their
// page; search narrows the list.
TestCase {
    id: tc
    name: "CaseloadUi"
    width: 1280
    height: 800
    visible: true
    when: windowShown

    Component {
        id: main
        Main {}
    }

    function therapistWindow() {
        verify(TestDriver.lockedProfile("therapist passphrase", "therapist"));
        Session.unlock("therapist passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        verify(TestDriver.fillDemo("therapist"));
        Caseload.refresh();
        tryVerify(() => Caseload.patients.count === 7, 10000);
        const window = createTemporaryObject(main, tc, { width: tc.width, height: tc.height });
        waitForRendering(window.contentItem);
        return window;
    }

    function cleanup() {
        Caseload.search = "";
    }

    function test_riskAcknowledgedFromThePatientPage() {
        const window = therapistWindow();
        compare(Caseload.needingReview, 1);
        const before = TestDriver.recordCount("risk-acknowledgement");
        window.showPage("patient:A.K.");
        tryCompare(PatientDashboard, "label", "A.K.", 5000);
        compare(PatientDashboard.unacknowledged, 1);
        // On a tablet the patient is shown beside the caseload's list.
        const page = findChild(window.contentItem, "patientBeside");
        verify(page !== null && page.visible);
        // The timeline's weeks carry their phase and state as enums: the first session is in
        // the initial phase, the last in the ending phase, and the strip tints and outlines
        // by them.
        const timeline = PatientDashboard.timeline;
        verify(timeline.count >= 16);
        compare(typeof timeline.get(0).phase, "number");
        compare(typeof timeline.get(0).state, "number");
        verify(PatientDashboard.Initial !== PatientDashboard.Ending);
        compare(timeline.get(0).phase, PatientDashboard.Initial);
        compare(timeline.get(timeline.count - 1).phase, PatientDashboard.Ending);
        const states = [PatientDashboard.Attended, PatientDashboard.Missed, PatientDashboard.Now,
                        PatientDashboard.Next, PatientDashboard.Upcoming, PatientDashboard.Break,
                        PatientDashboard.Cancelled];
        let next = -1;
        for (let i = 0; i < timeline.count; ++i) {
            verify(states.indexOf(timeline.get(i).state) >= 0, "week " + i);
            if (next < 0 && (timeline.get(i).state === PatientDashboard.Next
                             || timeline.get(i).state === PatientDashboard.Now))
                next = i;
        }
        compare(findChild(page, "sessionChip_0").color, Theme.phaseInitial);
        if (next >= 0)
            compare(findChild(page, "sessionChip_" + next).border.width, 2);
        const button = findChild(page, "acknowledge_0");
        verify(button !== null && button.visible);
        // A risk answer waiting is the first thing on the dashboard, above the sessions and
        // the charts, with its answer and the acknowledge action on the first screen.
        const flick = findChild(page, "patientFlick");
        waitForRendering(window.contentItem);
        const first = findChild(page, "riskCard");
        verify(first.visible);
        verify(button.mapToItem(first, 0, 0).y >= 0, "the button is in the first card");
        const course = findChild(page, "patientCourseCard");
        const charts = findChild(page, "patientCharts");
        verify(first.mapToItem(flick, 0, 0).y < course.mapToItem(flick, 0, 0).y, "above the sessions");
        verify(first.mapToItem(flick, 0, 0).y < charts.mapToItem(flick, 0, 0).y, "above the charts");
        const buttonY = button.mapToItem(flick, 0, 0).y;
        verify(buttonY >= 0 && buttonY + button.height <= flick.height, "the answer's button in view");
        compare(findChild(first, "riskSummary").text, "1 risk answer is waiting for you to acknowledge it.");
        mouseClick(button);
        tryCompare(PatientDashboard, "unacknowledged", 0, 5000);
        compare(TestDriver.recordCount("risk-acknowledgement"), before + 1);
        // The caseload's flag is gone, and the risk answers are back after the charts.
        tryCompare(Caseload, "needingReview", 0, 5000);
        const after = first; // the same card, moved
        tryVerify(() => after.mapToItem(flick, 0, 0).y > charts.mapToItem(flick, 0, 0).y, 5000, "below the charts");
        verify(after.mapToItem(flick, 0, 0).y > charts.mapToItem(flick, 0, 0).y, "below the charts");
        compare(findChild(after, "riskSummary").text, "Every risk answer has been acknowledged.");
    }

    function test_addPatientByKeyboard() {
        const window = therapistWindow();
        window.showPage("patient-add");
        const field = findChild(window.contentItem, "patientLabelField");
        verify(field !== null);
        field.forceActiveFocus();
        for (const c of "Q.Z.")
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(PatientDashboard, "label", "Q.Z.", 5000);
        const beside = findChild(window.contentItem, "patientBeside");
        tryVerify(() => beside.visible && beside.patientId === PatientDashboard.patientId, 5000);
        tryCompare(Caseload.patients, "count", 8, 5000);
    }

    // Adding a patient is a task: the side rail is hidden until it closes, by Return or by
    // Back, and the rail comes back with the new patient beside the list.
    function test_addPatientHidesTheRailUntilItCloses() {
        const window = therapistWindow();
        const rail = findChild(window.contentItem, "sideRail");
        verify(rail.visible);
        window.showPage("patient-add");
        tryVerify(() => !rail.visible, 5000, "no rail while adding");
        const field = findChild(window.contentItem, "patientLabelField");
        field.forceActiveFocus();
        for (const c of "R.T.")
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(PatientDashboard, "label", "R.T.", 5000);
        tryVerify(() => rail.visible, 5000, "the rail is back");
        const beside = findChild(window.contentItem, "patientBeside");
        tryVerify(() => beside.visible && beside.patientId === PatientDashboard.patientId, 5000);
        waitForRendering(window.contentItem);
        // Cancelled by Back: the rail comes back and nothing is added.
        const count = Caseload.patients.count;
        window.showPage("patient-add");
        tryVerify(() => !rail.visible, 5000);
        keyClick(Qt.Key_Escape);
        tryVerify(() => rail.visible, 5000, "the rail is back after Back");
        compare(Caseload.patients.count, count);
        waitForRendering(window.contentItem);
        // On a phone the tab bar goes and comes back the same way, and the new patient's page
        // opens on its own.
        window.width = 412;
        const shell = findChild(window.contentItem, "appShell");
        tryVerify(() => shell.footer.visible, 5000);
        window.showPage("patient-add");
        tryVerify(() => !shell.footer.visible, 5000, "no tab bar while adding");
        findChild(window.contentItem, "patientLabelField").forceActiveFocus();
        for (const c of "S.P.")
            keyClick(c);
        keyClick(Qt.Key_Return);
        tryCompare(PatientDashboard, "label", "S.P.", 5000);
        tryVerify(() => shell.footer.visible, 5000, "the tab bar is back");
        tryVerify(() => shell.currentStack.depth === 2 && !shell.currentStack.busy, 5000);
        compare(shell.currentStack.currentItem.patientId, PatientDashboard.patientId);
        waitForRendering(window.contentItem);
    }

    // Every text shown under an item.
    function textsIn(item) {
        let found = [];
        if (item.visible && typeof item.text === "string" && item.text.length > 0)
            found.push(item.text);
        for (let i = 0; i < item.children.length; ++i)
            found = found.concat(textsIn(item.children[i]));
        return found;
    }

    // Words meant for the patient ("It can help to talk this over with your therapist") are
    // not on the therapist's page. D.W.'s scores have risen (a reliable deterioration): the
    // outcome card says so in the therapist's words.
    function test_therapistPageHasNoWordsForThePatient() {
        const window = therapistWindow();
        window.showPage("patient:D.W.");
        tryCompare(PatientDashboard, "label", "D.W.", 5000);
        const page = findChild(window.contentItem, "patientBeside");
        tryVerify(() => page.visible && page.patientId === PatientDashboard.patientId, 5000);
        const sentences = PatientDashboard.outcomeSentences.join(" ");
        verify(sentences.indexOf("reliable deterioration") >= 0, sentences);
        const card = findChild(page, "outcomeCard");
        verify(card !== null);
        const shown = textsIn(card).join(" ");
        verify(shown.indexOf("reliable deterioration") >= 0, shown);
        for (const text of textsIn(page))
            verify(text.indexOf("your therapist") < 0, text);
    }

    // A label that looks like a full name is not added by Return: the warning and a
    // deliberate second button come first, and editing the label starts again.
    function test_fullNameNeedsASecondStep() {
        const window = therapistWindow();
        window.showPage("patient-add");
        const field = findChild(window.contentItem, "patientLabelField");
        verify(field !== null);
        const before = TestDriver.recordCount("patient");
        field.forceActiveFocus();
        for (const c of "Sarah Jones")
            keyClick(c);
        const warning = findChild(window.contentItem, "labelWarning");
        tryVerify(() => warning.text.indexOf("full name") >= 0);
        keyClick(Qt.Key_Return);
        keyClick(Qt.Key_Return);
        const anyway = findChild(window.contentItem, "keepIdentifyingLabel");
        tryVerify(() => anyway.visible);
        verify(!findChild(window.contentItem, "savePatient").enabled);
        compare(TestDriver.recordCount("patient"), before);
        verify(findChild(window.contentItem, "addPatientPage").visible);
        // Typing again takes the question away.
        keyClick(Qt.Key_Backspace);
        verify(!anyway.visible);
        keyClick("s");
        keyClick(Qt.Key_Return);
        tryVerify(() => anyway.visible);
        compare(TestDriver.recordCount("patient"), before);
        // The second step, chosen on purpose (by keyboard: Tab to the button, Space).
        anyway.forceActiveFocus();
        keyClick(Qt.Key_Space);
        tryCompare(PatientDashboard, "label", "Sarah Jones", 5000);
        compare(TestDriver.recordCount("patient"), before + 1);
    }

    // Both exports go through the design module's save dialog: a chosen file is written and
    // the page says so; cancelling says that nothing was saved.
    function test_exportsSayWhereTheyWentOrThatNothingWasSaved() {
        const window = therapistWindow();
        window.showPage("patient:A.K.");
        tryCompare(PatientDashboard, "label", "A.K.", 5000);
        window.showPage("patient-export");
        const page = findChild(window.contentItem, "patientExportPage");
        verify(page !== null);
        tryVerify(() => page.StackView.status === StackView.Active, 5000);
        const dialog = findChild(page, "patientSaveDialog");
        const message = findChild(page, "patientExportMessage");
        const path = TestDriver.outsidePath("patient-summary.pdf");
        dialog.selectedFile = "file://" + path;
        waitForRendering(window.contentItem);
        mouseClick(findChild(page, "patientExportSave"));
        tryVerify(() => dialog.visible, 3000, "the file chooser opens");
        dialog.accept();
        tryVerify(() => message.text.indexOf("Saved.") === 0, 5000, message.text);
        verify(!message.isError);
        verify(TestDriver.fileExists(path));
        mouseClick(findChild(page, "patientExportSave"));
        tryVerify(() => dialog.visible, 3000);
        dialog.reject();
        tryCompare(message, "text", "Nothing was saved.");

        window.showPage("caseload-export");
        const all = findChild(window.contentItem, "caseloadExportPage");
        verify(all !== null);
        tryVerify(() => all.StackView.status === StackView.Active, 5000);
        const allDialog = findChild(all, "caseloadSaveDialog");
        const allMessage = findChild(all, "caseloadExportMessage");
        const allPath = TestDriver.outsidePath("caseload.json");
        allDialog.selectedFile = "file://" + allPath;
        findChild(all, "caseloadExportPassphrase").text = "therapist passphrase";
        waitForRendering(window.contentItem);
        mouseClick(findChild(all, "caseloadExportSave"));
        tryVerify(() => allDialog.visible, 3000, "the file chooser opens");
        allDialog.accept();
        tryVerify(() => allMessage.text.indexOf("Saved.") === 0, 10000, allMessage.text);
        verify(TestDriver.fileExists(allPath));
        findChild(all, "caseloadExportPassphrase").text = "therapist passphrase";
        mouseClick(findChild(all, "caseloadExportSave"));
        tryVerify(() => allDialog.visible, 3000);
        allDialog.reject();
        tryCompare(allMessage, "text", "Nothing was saved.");
    }

    function test_searchNarrowsTheList() {
        therapistWindow();
        Caseload.search = "j.t";
        tryCompare(Caseload.patients, "count", 1, 5000);
        compare(Caseload.patients.get(0).label, "J.T.");
        Caseload.search = "nobody";
        tryCompare(Caseload.patients, "count", 0, 5000);
    }

    function test_settingsSaysWhoseProfileThisIs() {
        const window = therapistWindow();
        window.showPage("settings");
        const role = findChild(window.contentItem, "profileRole");
        verify(role !== null && role.visible);
        verify(role.text.indexOf("therapist's profile") >= 0, role.text);
        // A therapist's shell has no patient destinations.
        verify(findChild(window.contentItem, "nav_measures") === null);
        verify(findChild(window.contentItem, "nav_caseload") !== null);
    }

    // A tablet uses its width: the list on the left, the first patient's dashboard beside it
    // with the sessions as one row of chips and the PHQ-9 and GAD-7 charts on the first screen;
    // a phone keeps the list alone. Get help leads the side rail and the focus order.
    function test_tabletShowsListAndDashboardSideBySide() {
        const window = therapistWindow();
        const list = findChild(window.contentItem, "caseloadList");
        const beside = findChild(window.contentItem, "patientBeside");
        tryVerify(() => beside.visible && beside.patientId === Caseload.patients.get(0).patientId, 5000);
        const listBox = list.mapToItem(window.contentItem, 0, 0, list.width, list.height);
        const besideBox = beside.mapToItem(window.contentItem, 0, 0, beside.width, beside.height);
        verify(listBox.x + listBox.width <= besideBox.x, "side by side: " + listBox + " " + besideBox);
        verify(besideBox.width >= 600, "the dashboard has room: " + besideBox.width);
        waitForRendering(window.contentItem);
        const strip = findChild(beside, "sessionStrip");
        verify(strip !== null && strip.visible);
        const last = findChild(beside, "sessionChip_15");
        verify(last !== null);
        compare(last.y, findChild(beside, "sessionChip_0").y); // one row
        // The key names the phases in the words the session rows use ("Beginning phase").
        const key = findChild(beside, "sessionStripKey").text;
        for (const phase of ["beginning", "middle", "ending"])
            verify(key.indexOf(phase) >= 0, phase + " in the key: " + key);
        // The charts on the first screen; a risk answer waiting comes before them (and
        // before the sessions), its acknowledge action on the first screen.
        const waiting = PatientDashboard.unacknowledged > 0;
        for (const name of ["patientChart_phq9", "patientChart_gad7"]) {
            const chart = findChild(beside, name);
            verify(chart !== null && chart.visible, name);
            const box = chart.mapToItem(window.contentItem, 0, 0, chart.width, chart.height);
            if (!waiting)
                verify(box.y + box.height <= window.height, name + " on the first screen: " + box);
            else
                verify(findChild(beside, "riskCard").mapToItem(window.contentItem, 0, 0).y < box.y, name);
        }
        if (waiting) {
            const ack = findChild(beside, "acknowledge_0");
            const ackBox = ack.mapToItem(window.contentItem, 0, 0, ack.width, ack.height);
            verify(ackBox.y + ackBox.height <= window.height, "acknowledge on the first screen: " + ackBox);
        }
        // Choosing another patient shows them beside the list; nothing is pushed.
        mouseClick(findChild(list, "patient_1"));
        tryCompare(beside, "patientId", Caseload.patients.get(1).patientId, 5000);
        tryCompare(PatientDashboard, "patientId", Caseload.patients.get(1).patientId, 5000);
        // Get help: in the side rail, 48 px, first in the focus order.
        const help = window.contentItem.nextItemInFocusChain(true);
        compare(help.objectName, "crisisButton");
        verify(help.height >= 48 && help.width >= 48);
        const helpBox = help.mapToItem(window.contentItem, 0, 0, help.width, help.height);
        verify(helpBox.x + helpBox.width <= listBox.x, "in the rail: " + helpBox);
        // A phone: the list alone.
        window.width = 412;
        tryVerify(() => !beside.visible, 5000);
    }
}
