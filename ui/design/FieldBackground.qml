import QtQuick
import org.ditcompanion.design

// The one field style: a box with an outline (3:1 against the page, tests/gui/tst_contrast.cpp)
// that thickens in the main colour while the field has focus. Every text field, text area and
// date or time part uses it, so no field is underlined and no field is unboxed.
Rectangle {
    id: box
    // var, not Control: Qt 6.4 qmllint does not see styled controls as Controls.
    required property var target

    implicitHeight: Theme.touchTarget
    radius: Math.round(Theme.radius / 2)
    color: box.target.enabled ? Theme.surface : Theme.surfaceAlt
    border.width: box.target.activeFocus ? 2 : 1
    border.color: box.target.activeFocus ? Theme.primary : Theme.outline
}
