import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.design

// A large selectable card for one of a few choices, announced as a radio button.
AbstractButton {
    id: control
    property string title
    property string detail

    checkable: true
    Layout.fillWidth: true
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    topPadding: Theme.spacing
    bottomPadding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.RadioButton
    Accessible.name: title
    Accessible.description: detail
    Accessible.checkable: true
    Accessible.checked: checked

    background: Rectangle {
        radius: Theme.radius
        color: control.checked ? Theme.primarySoft : Theme.surface
        border.width: control.checked ? 2 : 1
        border.color: control.checked ? Theme.primary : Theme.divider
        FocusRing {
            target: control
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing
        ChoiceIndicator {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            round: true
            checked: control.checked
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                Layout.fillWidth: true
                text: control.title
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: control.checked ? Theme.textOnPrimarySoft : Theme.text
            }
            Label {
                Layout.fillWidth: true
                text: control.detail
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontBody
                color: control.checked ? Theme.textOnPrimarySoft : Theme.textMuted
            }
        }
    }
}
