pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Shapes
import org.ditcompanion.app
import org.ditcompanion.design

// One questionnaire's totals by session, drawn with Qt Quick Shapes. Everything's place comes
// from ChartLayout (C++) in one pass; this file only draws it. The severity bands are shaded,
// darker as they get more severe, with their names inside them (at the left unless the line
// is there); the clinical
// cut-off is the only line across the chart, dashed, thicker and named by it; each total is
// written by its point where it touches no line. Nothing depends on colour: bands are named,
// the cut-off is dashed and named, and the description reads the whole chart out.
Item {
    id: chart
    // One entry of Measures.chartSeries() or PatientDashboard.chartSeries.
    required property var series
    // How many totals are written by their points (the rest touch the line where they would go).
    readonly property alias labelsShown: layout.labelsShown

    implicitHeight: Math.max(300, Theme.fontBody * 19)
    activeFocusOnTab: false
    Accessible.role: Accessible.Chart
    Accessible.name: series ? qsTr("Chart of %1 totals by session").arg(series.title) : ""
    Accessible.description: series ? series.description : ""

    FontMetrics {
        id: small
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
    }
    FontMetrics {
        id: bandFont
        font.pixelSize: Theme.fontSmall
        font.italic: true
    }
    TextMetrics {
        id: cutOffMetrics
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        text: chart.series ? chart.series.cutOffText : ""
    }
    ChartLayout {
        id: layout
        series: chart.series
        width: chart.width
        height: chart.height - axisTitle.height
        digitWidth: small.advanceWidth("0")
        textHeight: Math.ceil(small.height)
        cutOffLabelWidth: Math.ceil(cutOffMetrics.advanceWidth) + 8
        bandLabelWidths: chart.series ? chart.series.bands.map(b => Math.ceil(bandFont.advanceWidth(b.label)) + 2) : []
    }

    // The severity bands, shaded more as they get more severe, each named inside at the left.
    Repeater {
        model: layout.bands
        Item {
            id: band
            required property var modelData
            x: layout.plot.x
            y: band.modelData.y
            width: layout.plot.width
            height: band.modelData.height
            Rectangle {
                anchors.fill: parent
                color: Theme.textMuted
                opacity: 0.05 + 0.05 * band.modelData.severity
            }
            Label {
                visible: band.modelData.labelShown
                x: band.modelData.labelX
                y: band.modelData.labelY
                text: band.modelData.label
                textFormat: Text.PlainText
                font.pixelSize: Theme.fontSmall
                font.italic: true
                color: Theme.text
            }
        }
    }

    // The axes: totals at the foot of each band on the left, sessions along the bottom.
    Rectangle {
        x: layout.plot.x
        y: layout.plot.y + layout.plot.height
        width: layout.plot.width
        height: 1
        color: Theme.outline
    }
    Repeater {
        model: layout.totalTicks
        Label {
            required property var modelData
            x: 0
            width: layout.plot.x - 6
            y: modelData.y - height / 2
            horizontalAlignment: Text.AlignRight
            text: modelData.text
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    Repeater {
        model: layout.sessionTicks
        Label {
            required property var modelData
            x: modelData.x - width / 2
            y: layout.plot.y + layout.plot.height + 4
            text: modelData.text
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
    }
    Label {
        id: axisTitle
        anchors.bottom: parent.bottom
        x: layout.plot.x
        width: layout.plot.width
        horizontalAlignment: Text.AlignHCenter
        text: qsTr("Session")
        font.pixelSize: Theme.fontSmall
        color: Theme.textMuted
    }

    // The lines: the clinical cut-off, dashed, thicker and darker than anything else (and
    // named below), the line through the totals and a marker on each total. One Shape drawn
    // into a layer: smooth edges on the GPU (multisampled, as Qt's Shape documentation
    // advises), and under the software renderer it then stays under what is drawn above it
    // and inside the page's clip.
    Shape {
        anchors.fill: parent
        layer.enabled: true
        layer.samples: 4
        ShapePath {
            strokeColor: layout.hasCutOff ? Theme.text : "transparent"
            strokeWidth: 2
            strokeStyle: ShapePath.DashLine
            dashPattern: [3, 2]
            fillColor: "transparent"
            startX: layout.plot.x
            startY: layout.cutOffY
            PathLine {
                x: layout.plot.x + layout.plot.width
                y: layout.cutOffY
            }
        }
        ShapePath {
            strokeColor: Theme.primary
            strokeWidth: 3
            fillColor: "transparent"
            joinStyle: ShapePath.RoundJoin
            capStyle: ShapePath.RoundCap
            PathPolyline {
                path: layout.line
            }
        }
        // A marker on each total: one path however many there are, not an item each.
        ShapePath {
            strokeColor: Theme.surface
            strokeWidth: 1.5
            fillColor: Theme.primary
            PathSvg {
                path: layout.markers
            }
        }
    }
    // The cut-off's name by its line, where ChartLayout found it clear of the totals.
    Label {
        visible: layout.hasCutOff
        x: layout.cutOffLabel.x
        y: layout.cutOffLabel.y
        width: layout.cutOffLabel.width
        height: layout.cutOffLabel.height
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        text: chart.series ? chart.series.cutOffText : ""
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        lineHeight: 0.95
        font.pixelSize: Theme.fontSmall
        font.weight: Font.DemiBold
        color: Theme.text
        background: Rectangle {
            color: Theme.surface
            radius: 3
        }
    }

    // The totals' numbers, where each is clear of every line (an item only for each shown).
    Repeater {
        model: layout.labels
        Label {
            required property var modelData
            x: modelData.x
            y: modelData.y
            width: modelData.width
            height: modelData.height
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            text: modelData.total
            font.pixelSize: Theme.fontSmall
            font.weight: Font.DemiBold
            color: Theme.text
        }
    }
}
