import QtQuick
import QtQuick.Controls
import org.ditcompanion.design

// A quiet "More…" button that opens a menu of the less used actions, so a card or page keeps
// one main action. Its children are the menu's items; hide an item with
// `visible: false; height: 0` (a hidden MenuItem keeps its height otherwise).
AppButton {
    id: more
    default property alias items: menu.contentData
    property alias menu: menu

    text: qsTr("More…")
    fillColor: "transparent"
    onClicked: menu.open()

    Menu {
        id: menu
        y: more.height
        font.pixelSize: Theme.fontBody
    }
}
