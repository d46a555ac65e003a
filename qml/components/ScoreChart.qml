pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtCharts
import org.ditcompanion.app

// One questionnaire's totals by session. The severity bands are named in words on the
// right-hand axis (with grid lines at their edges), and the clinical-range threshold is a
// dashed line named in the legend, so nothing depends on colour. The progress page's table
// has the same numbers for screen readers.
ChartView {
    id: chart
    // One entry of Measures.chartSeries(): {name, maximum, caseness, bands, points}.
    required property var series
    readonly property var points: series ? series.points : []
    readonly property int firstSession: points.length > 0 ? points[0].session : 1
    readonly property int lastSession: points.length > 0 ? points[points.length - 1].session : 1
    readonly property int span: Math.max(2, lastSession - firstSession)
    readonly property int bandLabelWidth: Math.round(Theme.fontSmall * 6.5)
    // Each total written by its point only where there is room for it: with many sessions on
    // a phone the numbers ran into each other (the table below has them all).
    readonly property bool totalsWritten: plotArea.width / (sessions.max - sessions.min) >= Theme.fontSmall * 1.6

    // Where a total sits in the plot area (drawing only; the totals come from C++).
    function yFor(total) {
        const max = series ? series.maximum : 1;
        return plotArea.y + plotArea.height * (1 - Math.max(0, Math.min(max, total)) / max);
    }

    implicitHeight: Math.max(300, Theme.fontBody * 20)
    antialiasing: true
    backgroundColor: Theme.surface
    plotAreaColor: Theme.surface
    backgroundRoundness: 0
    dropShadowEnabled: false
    // The legend is drawn under the chart by ScoreLegend, with line samples and wrapping words.
    legend.visible: false
    margins.left: 0
    margins.right: bandLabelWidth
    margins.top: 0
    margins.bottom: 0
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Chart of %1 totals by session. The table below lists the same totals.").arg(series ? series.name : "")

    function rebuild() {
        totalsLine.clear();
        threshold.clear();
        if (!series)
            return;
        for (const p of points)
            totalsLine.append(p.session, p.total);
        if (series.caseness >= 0) {
            threshold.append(sessions.min, series.caseness);
            threshold.append(sessions.max, series.caseness);
        }
    }
    onSeriesChanged: rebuild()
    Component.onCompleted: {
        rebuild();
        paintAxisTitles();
    }

    // The chart theme's grey for the axis titles was faint on a dark card. titleBrush is a
    // QBrush the linter has no type for, hence set by name (a colour converts to a brush).
    function paintAxisTitles() {
        for (const axis of [sessions, totals])
            axis["titleBrush"] = Theme.textMuted;
    }
    Connections {
        target: Theme
        function onTextMutedChanged() {
            chart.paintAxisTitles();
        }
    }

    // ValuesAxis is ValueAxis under its older name: Qt 6.4's qmltypes list QValueAxis twice,
    // and the linter resolves only this name.
    ValuesAxis {
        id: sessions
        // Half a session of room either side so the first and last points and their labels
        // are clear of the edges.
        min: chart.firstSession - (chart.points.length > 1 ? 0.5 : 1)
        max: chart.lastSession + (chart.points.length > 1 ? 0.5 : 1)
        tickType: ValuesAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: chart.span <= 16 ? 1 : Math.ceil(chart.span / 8)
        labelFormat: "%d"
        titleText: qsTr("Session")
        titleFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsColor: Theme.textMuted
        color: Theme.outline
        gridLineColor: Theme.divider
        minorGridVisible: false
    }
    ValuesAxis {
        id: totals
        min: 0
        max: chart.series ? chart.series.maximum : 1
        tickType: ValuesAxis.TicksDynamic
        tickAnchor: 0
        tickInterval: 5
        labelFormat: "%d"
        titleText: qsTr("Total")
        titleFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsFont: Qt.font({ pixelSize: Theme.fontSmall })
        labelsColor: Theme.textMuted
        color: Theme.outline
        gridVisible: false
    }
    LineSeries {
        id: threshold
        name: chart.series && chart.series.caseness >= 0 ? qsTr("Clinical range: %1 and above").arg(chart.series.caseness) : ""
        axisX: sessions
        axisY: totals
        color: Theme.textMuted
        width: 2
        style: Qt.DashLine
    }
    LineSeries {
        id: totalsLine
        name: qsTr("Your %1 total").arg(chart.series ? chart.series.name : "")
        axisX: sessions
        axisY: totals

        color: Theme.primary
        width: 3
        pointsVisible: true
        pointLabelsVisible: chart.totalsWritten
        pointLabelsFormat: "@yPoint"
        pointLabelsColor: Theme.text
        pointLabelsFont: Qt.font({ pixelSize: Theme.fontSmall })
        pointLabelsClipping: false
    }

    // The severity bands: an edge line where one band meets the next (half-way between two
    // totals) and the band's name beside the plot, so each range is named in words.
    Repeater {
        model: chart.series ? chart.series.bands : []
        Item {
            id: band
            required property var modelData
            required property int index
            readonly property real bandTop: chart.yFor(modelData.max === chart.series.maximum ? modelData.max : modelData.max + 0.5)
            readonly property real bandBottom: chart.yFor(modelData.min === 0 ? 0 : modelData.min - 0.5)
            x: chart.plotArea.x
            y: bandTop
            width: chart.plotArea.width + chart.bandLabelWidth
            height: Math.max(1, bandBottom - bandTop)

            Rectangle {
                visible: band.modelData.max !== chart.series.maximum
                width: chart.plotArea.width
                height: 1
                color: Theme.outline
                opacity: 0.6
            }
            Label {
                x: chart.plotArea.width + 6
                width: chart.bandLabelWidth - 8
                height: band.height
                text: band.modelData.label
                wrapMode: Text.Wrap
                verticalAlignment: Text.AlignVCenter
                font.pixelSize: Theme.fontSmall
                lineHeight: 0.95
                color: Theme.text
                elide: Text.ElideRight
                maximumLineCount: Math.max(1, Math.floor(band.height / (Theme.fontSmall * 1.1)))
            }
        }
    }
}
