import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Totals across the course: a plain summary of what changed, a chart for each questionnaire
// with severity bands, and a table with every total for screen readers and for anyone who
// prefers numbers. All of it is worked out in C++ (Measures).
// The page is one ListView: the summary, charts and the table's heading are its header, and
// the table's rows its delegates, so only the rows on screen are made, however long the
// history (docs/PERFORMANCE.md). Not a bound component: Qt 6.4 cannot make a bound ListView's
// header or delegates, so they reach the list through ListView.view.
Page {
    id: page
    objectName: "progressPage"
    title: qsTr("Your progress")
    property var charts: []
    // Measures.progressVersion of the charts shown: handed over again only when it moves.
    property int chartsVersion: -1
    property alias list: list
    // Made and first activated: one refresh for both.
    property bool activated: false

    function reload() {
        Measures.refresh();
        if (Measures.progressVersion !== page.chartsVersion) {
            page.charts = Measures.chartSeries();
            page.chartsVersion = Measures.progressVersion;
        }
    }
    Component.onCompleted: reload()
    StackView.onActivated: {
        if (activated)
            reload();
        activated = true;
    }

    background: Rectangle {
        color: Theme.background
    }

    ListView {
        id: list
        objectName: "progressList"
        anchors.fill: parent
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}
        model: Measures.progressRows

        header: ColumnLayout {
            id: head
            // Up to a page's width, centred on tablets, the charts then side by side.
            x: (head.ListView.view.width - width) / 2
            width: Math.min(head.ListView.view.width - 2 * Theme.spacing, Theme.pageWidth)
            spacing: Theme.spacing
            // The header grows after the first layout (the charts): stay at the top if there.
            property real shownHeight: 0
            onHeightChanged: {
                const view = head.ListView.view;
                if (view && view.contentY <= -head.shownHeight + 1)
                    Qt.callLater(view.positionViewAtBeginning);
                head.shownHeight = height;
            }

            Item {
                Layout.preferredHeight: Theme.spacingLarge - Theme.spacing
            }
            EmptyState {
                objectName: "progressEmpty"
                visible: !Measures.hasProgress
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacingLarge
                iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/measures.svg"
                title: qsTr("Your progress will show here")
                body: qsTr("After your first form, your totals appear here as charts and as a table, with a few words on what has changed.")
            }

            // What changed: the plain headlines first ("Your low mood score went from 18 to
            // 10"), then the questionnaires' names said once in plain words (docs/MEASURES.md),
            // then the detail by the reliable-change rule.
            Card {
                objectName: "outcomeSummary"
                visible: Measures.hasProgress
                Layout.fillWidth: true
                Heading {
                    visible: page.charts.length === 0 // qmllint disable unqualified
                    level: 2
                    text: qsTr("How things have changed")
                }
                RepeatedRows {
                    model: page.charts // qmllint disable unqualified
                    Heading {
                        required property var modelData
                        required property int index
                        objectName: "outcomeHeadline_" + index
                        level: 2
                        text: modelData.headline
                    }
                }
                BodyText {
                    objectName: "outcomeWords"
                    text: qsTr("PHQ-9 asks about low mood, GAD-7 about anxiety, WSAS (the Work and Social Adjustment Scale) about work and daily life, and SOS-10 (the Schwartz Outcome Scale) about your well-being in general. A reliable improvement is a fall bigger than a questionnaire's usual ups and downs: 6 points or more on PHQ-9, 4 or more on GAD-7.")
                }
                RepeatedRows {
                    model: Measures.outcomeSummary
                    BodyText {
                        required property string modelData
                        required property int index
                        objectName: "outcomeSentence_" + index
                        muted: true
                        text: modelData
                    }
                }
            }

            // Rows, not a Repeater in the layout: the charts change when new answers arrive
            // while the page is shown (RepeatedRows says why).
            RepeatedRows {
                objectName: "progressCharts"
                columns: head.width >= Theme.fontBody * 50 && page.charts.length > 1 ? 2 : 1 // qmllint disable unqualified
                spacing: Theme.spacing
                model: page.charts // qmllint disable unqualified
                Card {
                    id: chartCard
                    required property var modelData
                    required property int index
                    objectName: "chartCard_" + modelData.instrument
                    // The plain headline first, then which questionnaire it is (the
                    // acronym explained by its topic) and the change in words.
                    Heading {
                        objectName: "chartHeadline_" + chartCard.modelData.instrument
                        level: 2
                        text: chartCard.modelData.headline
                    }
                    BodyText {
                        muted: true
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        text: chartCard.modelData.title
                    }
                    BodyText {
                        objectName: "chartSummary_" + chartCard.modelData.instrument
                        text: chartCard.modelData.summary
                    }
                    BodyText {
                        muted: true
                        text: qsTr("Lower totals mean the problems bother you less.")
                    }
                    ScoreChart {
                        objectName: "chart_" + chartCard.modelData.instrument
                        Layout.fillWidth: true
                        Layout.preferredHeight: implicitHeight
                        series: chartCard.modelData
                    }
                }
            }

            // The table's top: its heading and column names, in a card the rows below continue.
            Rectangle {
                id: table
                objectName: "progressTable"
                visible: Measures.hasProgress
                Layout.fillWidth: true
                implicitHeight: tableTop.implicitHeight + Theme.spacing
                // Side by side only when there is room for every column's words.
                readonly property bool stacked: width < Theme.fontBody * (10 + 8 * Measures.progressColumns.length)
                color: Theme.surface
                border.color: Theme.divider
                border.width: 1
                radius: Theme.radius
                // Square at the foot, where the rows carry on.
                Rectangle {
                    anchors.bottom: parent.bottom
                    width: parent.width
                    height: Theme.radius
                    color: Theme.surface
                    border.width: 0
                    Rectangle { width: 1; height: parent.height; color: Theme.divider }
                    Rectangle { x: parent.width - 1; width: 1; height: parent.height; color: Theme.divider }
                }
                ColumnLayout {
                    id: tableTop
                    x: Theme.spacing
                    y: Theme.spacing
                    width: parent.width - 2 * Theme.spacing
                    spacing: Theme.spacingSmall
                    Heading {
                        level: 2
                        text: qsTr("All your totals")
                    }
                    BodyText {
                        muted: true
                        text: qsTr("The same totals as the charts, one row per session. A dash means there is no total for that questionnaire at that session.")
                    }
                    ProgressTableRow {
                        visible: !table.stacked
                        header: true
                        label: qsTr("Session")
                        cells: Measures.progressColumns
                        bands: []
                        age: ""
                        description: ""
                    }
                }
            }
        }

        // One row of the table, on the card's colour with its sides, the last one closing it.
        delegate: Rectangle {
            id: rowCard
            readonly property real viewWidth: rowCard.ListView.view.width
            required property int index
            required property string label
            required property var cells
            required property var bands
            required property string description
            required property string age
            readonly property bool last: index === rowCard.ListView.view.count - 1
            width: Math.min(viewWidth - 2 * Theme.spacing, Theme.pageWidth)
            x: (viewWidth - width) / 2
            height: row.implicitHeight + (last ? Theme.spacing : 0)
            color: Theme.surface
            Rectangle { width: 1; height: parent.height; color: Theme.divider }
            Rectangle { x: parent.width - 1; width: 1; height: parent.height; color: Theme.divider }
            Rectangle { visible: rowCard.last; y: parent.height - 1; width: parent.width; height: 1; color: Theme.divider }
            ProgressTableRow {
                id: row
                objectName: "progressRow_" + rowCard.index
                x: Theme.spacing
                width: parent.width - 2 * Theme.spacing
                stacked: rowCard.width < Theme.fontBody * (10 + 8 * Measures.progressColumns.length)
                columns: Measures.progressColumns
                label: rowCard.label
                cells: rowCard.cells
                bands: rowCard.bands
                description: rowCard.description
                age: rowCard.age
            }
        }
        footer: Item {
            height: Theme.spacingLarge
        }
    }
}
