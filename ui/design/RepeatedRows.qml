import QtQuick
import QtQuick.Layouts
import org.ditcompanion.design

// Rows made from a model, inside a Layout (a Card's column, a page's column). Use it instead of
// a Repeater placed directly in a Layout whose model can change while the page is shown: in
// Qt 6.4 such a layout can still read a row the Repeater has just freed, if it is resized
// before it lays itself out again, and crash (docs/DEVELOPING.md, "Repeaters in layouts").
// A Column places the rows itself and never hands them to the layout. Each row is as wide as
// the width the layout gives; the rows' widths never feed back into the implicit width.
// Hidden when there are no rows, so the layout adds no spacing for it.
Item {
    id: rows
    default property alias delegate: repeater.delegate
    property alias model: repeater.model
    property alias spacing: column.spacing
    readonly property alias count: repeater.count
    function itemAt(index) {
        return repeater.itemAt(index);
    }

    Layout.fillWidth: true
    // Never 0 by 0 while there are rows: a layout ignores an item of no size, and rows whose
    // height follows their width would then never get a width.
    implicitWidth: 1
    implicitHeight: Math.max(1, column.implicitHeight)
    visible: repeater.count > 0

    Column {
        id: column
        width: rows.width
        spacing: Theme.spacingSmall
        Repeater {
            id: repeater
            onItemAdded: (index, item) => item.width = Qt.binding(() => rows.width)
        }
    }
}
