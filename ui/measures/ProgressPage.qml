pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Totals across the course: a plain summary of what changed, a chart for each questionnaire
// with severity bands, and a table with every total for screen readers and for anyone who
// prefers numbers. All of it is worked out in C++ (Measures).
ScrollPage {
    id: page
    objectName: "progressPage"
    title: qsTr("Your progress")
    property var charts: []

    function reload() {
        Measures.refresh();
        page.charts = Measures.chartSeries();
    }
    Component.onCompleted: reload()
    StackView.onActivated: reload()

    EmptyState {
        objectName: "progressEmpty"
        visible: !Measures.hasProgress
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/measures.svg"
        title: qsTr("Your progress will show here")
        body: qsTr("After your first form, your totals appear here as charts and as a table, with a few words on what has changed.")
    }

    Card {
        objectName: "outcomeSummary"
        visible: Measures.hasProgress
        Layout.fillWidth: true
        Heading {
            level: 2
            text: qsTr("How things have changed")
        }
        Repeater {
            model: Measures.outcomeSummary
            BodyText {
                required property string modelData
                required property int index
                objectName: "outcomeSentence_" + index
                text: modelData
            }
        }
    }

    Repeater {
        model: page.charts
        Card {
            id: chartCard
            required property var modelData
            required property int index
            objectName: "chartCard_" + modelData.instrument
            Layout.fillWidth: true
            Heading {
                level: 2
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

    Card {
        objectName: "progressTable"
        visible: Measures.hasProgress
        Layout.fillWidth: true
        id: table
        // Side by side only when there is room for every column's words.
        readonly property bool stacked: width < Theme.fontBody * (10 + 8 * Measures.progressColumns.length)
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
        Repeater {
            model: Measures.progressRows
            ProgressTableRow {
                required property int index
                objectName: "progressRow_" + index
                stacked: table.stacked
                columns: Measures.progressColumns
            }
        }
    }
}
