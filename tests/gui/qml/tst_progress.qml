import QtQuick
import QtQuick.Controls
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
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

    // The page, its list laid out (the summary, charts and the table's top are the list's
    // header, made when it first lays out).
    function makePage() {
        const page = createTemporaryObject(progress, tc);
        waitForItemPolished(page.list);
        return page;
    }

    function init() {
        verify(TestDriver.lockedProfile("correct horse battery"));
        Session.unlock("correct horse battery");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_noResponsesExplainsWhatWillBeHere() {
        const page = makePage();
        verify(findChild(page, "progressEmpty").visible);
        verify(!findChild(page, "progressTable").visible);
        compare(page.charts.length, 0);
    }

    function test_oneResponse() {
        verify(MeasuresTestDriver.submit("phq9", 1, "2,2,2,2,2,2,2,2,2"));
        const page = makePage();
        verify(!findChild(page, "progressEmpty").visible);
        compare(page.charts.length, 1);
        compare(page.charts[0].name, "PHQ-9");
        compare(page.charts[0].caseness, 10);
        compare(page.charts[0].bands.length, 5);
        compare(page.charts[0].bands[2].label, "Moderate");
        verify(findChild(page, "chart_phq9") !== null);
        const chart = findChild(page, "chart_phq9");
        tryCompare(chart, "labelsShown", 1); // the total written by its point
        compare(chart.Accessible.name, "Chart of Low mood (PHQ-9) totals by session");
        verify(chart.Accessible.description.indexOf("Totals: session 1: 18.") > 0, chart.Accessible.description);
        compare(findChild(page, "chartSummary_phq9").text, "Your low mood score was 18 at session 1.");
        compare(findChild(page, "chartHeadline_phq9").text, "Your low mood score was 18"); // read first
        compare(Measures.progressRows.count, 1);
        const row = findChild(page, "progressRow_0");
        verify(/^Session 1, from \w+, \d+ \w+: PHQ-9 18, moderately severe/.test(row.Accessible.name),
               row.Accessible.name);
        compare(Measures.progressRows.get(0).older, false);
        compare(findChild(page, "outcomeSentence_0").text,
                "PHQ-9 was 18 at session 1. A change can be shown once there is a second form.");
    }

    // Every total carries its date; one from before the latest session that has begun says
    // so in words (ScoreAge), in the table and the summary.
    // The Measures tab's progress card opens with the same plain headline as the Progress
    // page, not with a questionnaire's name.
    function test_measuresCardHasThePlainHeadline() {
        verify(MeasuresTestDriver.submit("phq9", 1, "2,2,2,2,2,2,2,2,2"));
        verify(MeasuresTestDriver.submit("phq9", 2, "1,1,1,1,1,1,1,1,1"));
        const page = makePage();
        verify(page.charts.length > 0);
        compare(Measures.progressHeadline, page.charts[0].headline);
        verify(Measures.progressHeadline.length > 0);
        verify(Measures.progressHeadline.indexOf("PHQ") < 0, Measures.progressHeadline);
    }

    function test_olderTotalsSaySoInWords() {
        verify(MeasuresTestDriver.setUpCourse(10)); // sessions 10 and 3 days ago
        verify(MeasuresTestDriver.submit("phq9", 1, "1,1,1,1,1,1,1,1,1"));
        const page = makePage();
        tryCompare(Measures.progressRows, "count", 1);
        const row = Measures.progressRows.get(0);
        verify(row.older);
        verify(/^from \w+, \d+ \w+ — older than your last session$/.test(row.age), row.age);
        verify(findChild(page, "progressRow_0").Accessible.name.indexOf(row.age) > 0);
        const last = Measures.outcomeSummary.length - 1;
        compare(findChild(page, "outcomeSentence_" + last).text,
                "Your latest totals (session 1) are " + row.age + ".");
    }

    // A WSAS total completed from the average of the answered items says so beside its range,
    // as on the therapist's side.
    function test_wsasCompletedFromTheAverageSaysSo() {
        verify(MeasuresTestDriver.submit("wsas", 1, "yes,,5,5,5,5"));
        const page = makePage();
        tryCompare(Measures.progressRows, "count", 1);
        compare(Measures.progressRows.get(0).cells[0], "25");
        compare(Measures.progressRows.get(0).bands[0], "moderately severe or worse, completed from the average");
        verify(findChild(page, "progressRow_0").Accessible.name
               .indexOf("25, moderately severe or worse, completed from the average") > 0);
    }

    function test_fiveHundredResponses() {
        verify(MeasuresTestDriver.submitMany(500));
        compare(MeasuresTestDriver.responseCount(), 500);
        const page = makePage();
        compare(page.charts.length, 2); // WSAS was never complete
        compare(page.charts[0].points.length, 60);
        compare(Measures.progressRows.count, 60);
        // Only the rows near the screen are made; the last is made once scrolled to.
        compare(page.list.count, 60);
        verify(findChild(page, "progressRow_59") === null);
        page.list.positionViewAtEnd();
        tryVerify(() => findChild(page, "progressRow_59") !== null);
        compare(findChild(page, "outcomeSentence_0").text,
                "PHQ-9 went from 24 at session 1 to 4 at session 60: a reliable improvement.");
        verify(findChild(page, "outcomeSentence_1").text.indexOf("not yet a reliable change") > 0);
        const chart = findChild(page, "chart_phq9");
        verify(chart.height >= 300);
    }

    // A full 16-session course: the totals are written by their points clear of the line
    // (where each goes is tested in tst_chart_layout), all of them on a tablet, and the
    // summary says in words how much it changed.
    function test_sixteenSessionsEachTotalWritten() {
        for (let session = 1; session <= 16; ++session)
            verify(MeasuresTestDriver.submit("phq9", session, session < 9 ? "2,2,2,2,2,1,1,1,1" : "1,1,1,1,1,1,1,0,0"));
        const page = makePage();
        const chart = findChild(page, "chart_phq9");
        tryVerify(() => chart.width > 0 && chart.width < page.width); // laid out in the card
        // On a phone a few by the steep fall are left out rather than written on the line.
        tryVerify(() => chart.labelsShown >= 12, 5000, "totals written: " + chart.labelsShown);
        compare(findChild(page, "chartSummary_phq9").text,
                "Your low mood score went from 14 at session 1 to 7 at session 16 — a fall bigger than this questionnaire's usual ups and downs.");
        compare(findChild(page, "chartHeadline_phq9").text, "Your low mood score went from 14 to 7");
        // The summary opens with the plain headline, then the names explained once in body
        // size, then the detail with the acronyms.
        const headline = findChild(page, "outcomeHeadline_0");
        const words = findChild(page, "outcomeWords");
        const detail = findChild(page, "outcomeSentence_0");
        compare(headline.text, "Your low mood score went from 14 to 7");
        verify(headline.visible && words.visible && detail.visible);
        const topOf = item => item.mapToItem(page, 0, 0).y;
        verify(topOf(headline) < topOf(words) && topOf(words) < topOf(detail),
               [topOf(headline), topOf(words), topOf(detail)]);
        compare(words.font.pixelSize, Theme.fontBody);
        verify(words.text.indexOf("PHQ-9 asks about low mood") === 0);
        verify(detail.text.indexOf("PHQ-9 went from 14 at session 1 to 7 at session 16") === 0, detail.text);
        page.width = 1280;
        tryCompare(chart, "labelsShown", 16);
    }

    // Wide screens show the table as columns; phones stack each row.
    function test_tableLayoutFollowsWidth() {
        verify(MeasuresTestDriver.submit("phq9", 1, "1,1,1,1,1,1,1,1,1"));
        verify(MeasuresTestDriver.submit("gad7", 1, "1,1,1,1,1,1,1"));
        const phone = makePage();
        tryVerify(() => findChild(phone, "progressTable").stacked);
        const tablet = makePage();
        tablet.width = 1280;
        tryVerify(() => !findChild(tablet, "progressTable").stacked);
    }
}
