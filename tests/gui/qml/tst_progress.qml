import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.testing

// The progress page with no responses, one, and 500: charts with bands, the table a screen
// reader can use, and the plain outcome sentences (worked out in C++).
TestCase {
    id: tc
    name: "Progress"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: progress
        ProgressPage {
            width: tc.width
            height: tc.height
        }
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_noResponsesExplainsWhatWillBeHere() {
        const page = createTemporaryObject(progress, tc);
        verify(findChild(page, "progressEmpty").visible);
        verify(!findChild(page, "progressTable").visible);
        compare(page.charts.length, 0);
    }

    function test_oneResponse() {
        verify(MeasuresTestDriver.submit("phq9", 1, "2,2,2,2,2,2,2,2,2"));
        const page = createTemporaryObject(progress, tc);
        verify(!findChild(page, "progressEmpty").visible);
        compare(page.charts.length, 1);
        compare(page.charts[0].name, "PHQ-9");
        compare(page.charts[0].caseness, 10);
        compare(page.charts[0].bands.length, 5);
        compare(page.charts[0].bands[2].label, "Moderate");
        verify(findChild(page, "chart_phq9") !== null);
        const chart = findChild(page, "chart_phq9");
        tryVerify(() => chart.totalsWritten); // room to write the total
        compare(Measures.progressRows.count, 1);
        const row = findChild(page, "progressRow_0");
        verify(row.Accessible.name.indexOf("Session 1: PHQ-9 18, moderately severe") === 0, row.Accessible.name);
        compare(findChild(page, "outcomeSentence_0").text,
                "PHQ-9 was 18 at session 1. A change can be shown once there is a second form.");
    }

    function test_fiveHundredResponses() {
        verify(MeasuresTestDriver.submitMany(500));
        compare(MeasuresTestDriver.responseCount(), 500);
        const page = createTemporaryObject(progress, tc);
        compare(page.charts.length, 2); // WSAS was never complete
        compare(page.charts[0].points.length, 60);
        compare(Measures.progressRows.count, 60);
        verify(findChild(page, "progressRow_59") !== null);
        compare(findChild(page, "outcomeSentence_0").text,
                "PHQ-9 went from 24 at session 1 to 4 at session 60: a reliable improvement.");
        verify(findChild(page, "outcomeSentence_1").text.indexOf("not yet a reliable change") > 0);
        const chart = findChild(page, "chart_phq9");
        verify(chart.height >= 300);
    }

    // A full 16-session course on a phone: no room to write each total by its point (they ran
    // into each other); on a tablet there is.
    function test_totalsWrittenOnlyWhereThereIsRoom() {
        for (let session = 1; session <= 16; ++session)
            verify(MeasuresTestDriver.submit("phq9", session, "1,1,1,1,1,1,1,1,1"));
        const page = createTemporaryObject(progress, tc);
        const chart = findChild(page, "chart_phq9");
        tryVerify(() => chart.width > 0 && chart.width < page.width); // laid out in the card
        tryVerify(() => !chart.totalsWritten);
        page.width = 1280;
        tryVerify(() => chart.totalsWritten);
    }

    // Wide screens show the table as columns; phones stack each row.
    function test_tableLayoutFollowsWidth() {
        verify(MeasuresTestDriver.submit("phq9", 1, "1,1,1,1,1,1,1,1,1"));
        verify(MeasuresTestDriver.submit("gad7", 1, "1,1,1,1,1,1,1"));
        const phone = createTemporaryObject(progress, tc);
        tryVerify(() => findChild(phone, "progressTable").stacked);
        const tablet = createTemporaryObject(progress, tc);
        tablet.width = 1280;
        tryVerify(() => !findChild(tablet, "progressTable").stacked);
    }
}
