import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One row of the progress table: the session, then a total and its range's name for each
// questionnaire, and under the session the day its totals were given, saying in words when
// they are older than the form window they belong to (docs/MEASURES.md). Wide, it is a row of columns; narrow (`stacked`), each questionnaire gets a
// line of its own so nothing is squeezed. A screen reader hears the row as one sentence.
// Only the layout shown is made (a Loader): ten years of rows made both (docs/PERFORMANCE.md).
Rectangle {
    id: row
    property bool header: false
    property bool stacked: false
    property var columns: []
    required property string label
    required property var cells
    required property var bands
    required property string description
    required property string age

    Layout.fillWidth: true
    implicitHeight: shown.implicitHeight + Theme.spacingSmall
    color: "transparent"
    Accessible.role: header ? Accessible.ColumnHeader : Accessible.Row
    Accessible.name: header ? qsTr("Columns: %1, %2").arg(label).arg(cells.join(", ")) : description

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: 1
        color: Theme.divider
    }
    Loader {
        id: shown
        width: parent.width
        sourceComponent: row.stacked ? stackedLayout : wideLayout
    }
    // The two layouts reach `row` by id, unbound: Qt 6.4 refuses a bound component that a
    // Loader makes inside a list's delegate ("outside its creation context").
    // qmllint disable unqualified
    // Positioners, not layouts: a row's totals can change while it is shown (RepeatedRows
    // says why). The session and each questionnaire get equal columns.
    Component {
        id: wideLayout
        Row {
            id: wide
            spacing: Theme.spacingSmall
            readonly property real cellWidth: (width - spacing * row.cells.length) / (row.cells.length + 1)
            Column {
                width: wide.cellWidth
                Label {
                    width: parent.width
                    text: row.label
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.pixelSize: row.header ? Theme.fontSmall : Theme.fontBody
                    font.weight: Font.DemiBold
                    color: Theme.text
                    Accessible.ignored: true
                }
                Label {
                    width: parent.width
                    visible: row.age.length > 0
                    text: row.age
                    textFormat: Text.PlainText
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                    Accessible.ignored: true
                }
            }
            Repeater {
                model: row.cells
                Column {
                    id: cell
                    required property string modelData
                    required property int index
                    width: wide.cellWidth
                    Label {
                        width: parent.width
                        text: cell.modelData
                        textFormat: Text.PlainText
                        wrapMode: Text.WordWrap
                        font.pixelSize: row.header ? Theme.fontSmall : Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        width: parent.width
                        visible: text.length > 0
                        text: row.bands.length > cell.index ? row.bands[cell.index] : ""
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
    Component {
        id: stackedLayout
        ColumnLayout {
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: row.label
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: Theme.text
                Accessible.ignored: true
            }
            Label {
                objectName: "ageLabel"
                Layout.fillWidth: true
                visible: row.age.length > 0
                text: row.age
                textFormat: Text.PlainText
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Accessible.ignored: true
            }
            RepeatedRows {
                spacing: 2
                model: row.cells
                RowLayout {
                    id: line
                    required property string modelData
                    required property int index
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    Label {
                        Layout.preferredWidth: Theme.fontBody * 4
                        Layout.alignment: Qt.AlignTop
                        text: row.columns.length > line.index ? row.columns[line.index] : ""
                        textFormat: Text.PlainText
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.preferredWidth: Theme.fontBody * 2
                        Layout.alignment: Qt.AlignTop
                        text: line.modelData
                        font.pixelSize: Theme.fontBody
                        font.weight: Font.DemiBold
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Label {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        text: row.bands.length > line.index ? row.bands[line.index] : ""
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.fontSmall
                        color: Theme.textMuted
                        Accessible.ignored: true
                    }
                }
            }
        }
    }
    // qmllint enable unqualified
}
