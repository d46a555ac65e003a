import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app

// A softly outlined panel holding a column of content.
Rectangle {
    id: card
    default property alias content: column.data
    property alias spacing: column.spacing
    property int padding: Theme.spacing

    implicitHeight: column.implicitHeight + 2 * padding
    implicitWidth: column.implicitWidth + 2 * padding
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    border.width: 1

    ColumnLayout {
        id: column
        x: card.padding
        y: card.padding
        width: card.width - 2 * card.padding
        spacing: Theme.spacingSmall
    }
}
