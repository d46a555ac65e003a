import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One destination in the bottom bar or side rail: icon above a label, 48 px or more.
AbstractButton {
    id: control
    checkable: true
    // In the bottom bar: labels on one line at a capped size and a capped icon, so the bar
    // stays compact at 200% text and neighbouring labels never touch (the whole name stays
    // the accessible name). The side rail has room for the full sizes.
    property bool compact: false
    readonly property int iconShown: compact ? Math.min(Theme.iconSize, 28) : Theme.iconSize
    implicitWidth: Math.max(Theme.touchTarget * 1.5, implicitContentWidth + 8)
    implicitHeight: Math.max(compact ? 56 : 64, implicitContentHeight + 12)
    topPadding: 6
    bottomPadding: 6
    // A gap between neighbouring labels, which at large text sizes would otherwise run
    // together ("MeasuresLearnLetter").
    leftPadding: 6
    rightPadding: 6
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked

    contentItem: ColumnLayout {
        spacing: 4
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            implicitWidth: 56
            implicitHeight: control.iconShown + 6
            radius: height / 2
            color: control.checked ? Theme.primarySoft : "transparent"
            IconImage {
                anchors.centerIn: parent
                source: control.icon.source
                sourceSize.width: control.iconShown
                sourceSize.height: control.iconShown
                color: control.checked ? Theme.textOnPrimarySoft : Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: control.compact ? Math.min(Theme.fontSmall, 18) : Theme.fontSmall
            font.weight: control.checked ? Font.DemiBold : Font.Normal
            color: control.checked ? Theme.text : Theme.textMuted
            wrapMode: Text.WordWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            maximumLineCount: control.compact ? 1 : 2
            elide: Text.ElideRight
        }
    }
    background: Item {
        FocusRing {
            target: control
        }
    }
}
