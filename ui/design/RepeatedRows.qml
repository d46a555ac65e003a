import QtQuick
import QtQuick.Layouts
import org.ditcompanion.design

// Rows made from a model, inside a Layout (a Card's column, a page's column), in one column or
// side by side in `columns` equal ones. Use it instead of a Repeater placed directly in a
// Layout whose model can change while the page is shown: in Qt 6.4 such a layout can still
// read a row the Repeater has just freed, if it is resized before it lays itself out again,
// and crash (docs/DEVELOPING.md, "Repeaters in layouts").
// A Grid places the rows itself and never hands them to the layout. Each row is as wide as its
// column of the width the layout gives; the rows' widths never feed back into the implicit
// width. Hidden when there are no rows, so the layout adds no spacing for it.
Item {
    id: rows
    default property alias delegate: repeater.delegate
    property alias model: repeater.model
    property alias spacing: grid.spacing
    property alias columns: grid.columns
    readonly property alias count: repeater.count
    function itemAt(index) {
        return repeater.itemAt(index);
    }

    Layout.fillWidth: true
    // Never 0 by 0 while there are rows: a layout ignores an item of no size, and rows whose
    // height follows their width would then never get a width.
    implicitWidth: 1
    implicitHeight: Math.max(1, grid.implicitHeight)
    visible: repeater.count > 0

    Grid {
        id: grid
        readonly property real cellWidth: (rows.width - spacing * (columns - 1)) / columns
        width: rows.width
        columns: 1
        spacing: Theme.spacingSmall
        Repeater {
            id: repeater
            onItemAdded: (index, item) => item.width = Qt.binding(() => grid.cellWidth)
        }
    }
}
