import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One crisis contact as a compact row: what the tap does ("Call 999", "Text SHOUT to
// 85258") over who it reaches. Only the emergency number is in alarm red; the others are in
// the normal ink, so the one to use when life is at risk stands out without the page shouting.
AbstractButton {
    id: control
    required property string name
    required property string detail
    required property string actionLabel
    required property bool isText
    required property string kind
    readonly property bool emergency: kind === "emergency"
    readonly property color ink: emergency ? Theme.textOnCrisis : Theme.text

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: implicitContentWidth + leftPadding + rightPadding
    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: actionLabel + ", " + name
    Accessible.description: detail
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    contentItem: RowLayout {
        spacing: Theme.spacing
        IconImage {
            Layout.alignment: Qt.AlignVCenter
            source: control.isText ? "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/message.svg"
                                   : "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/phone.svg"
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: control.emergency ? control.ink : Theme.primary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 0
            Label {
                objectName: "crisisActionLabel"
                Layout.fillWidth: true
                text: control.actionLabel
                font.pixelSize: Theme.fontBody
                font.weight: Font.DemiBold
                color: control.ink
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
            Label {
                Layout.fillWidth: true
                text: control.name
                font.pixelSize: Theme.fontSmall
                color: control.emergency ? control.ink : Theme.textMuted
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
    }
    background: Rectangle {
        radius: Theme.radius
        color: control.emergency ? Theme.crisis : Theme.surface
        opacity: control.down ? 0.85 : 1
        border.width: control.emergency ? 0 : 1
        border.color: Theme.divider
        FocusRing {
            target: control
        }
    }
}
