import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app

// One destination in the bottom bar or side rail: icon above a label, 48 px or more.
AbstractButton {
    id: control
    checkable: true
    implicitWidth: Math.max(Theme.touchTarget * 1.5, implicitContentWidth + 8)
    implicitHeight: Math.max(64, implicitContentHeight + 12)
    topPadding: 6
    bottomPadding: 6
    // A gap between neighbouring labels, which at large text sizes would otherwise run
    // together ("MeasuresLearnLetter").
    leftPadding: 4
    rightPadding: 4
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
            implicitHeight: Theme.iconSize + 6
            radius: height / 2
            color: control.checked ? Theme.primarySoft : "transparent"
            IconImage {
                anchors.centerIn: parent
                source: control.icon.source
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: control.checked ? Theme.textOnPrimarySoft : Theme.textMuted
            }
        }
        Label {
            Layout.fillWidth: true
            text: control.text
            horizontalAlignment: Text.AlignHCenter
            font.pixelSize: Theme.fontSmall
            font.weight: control.checked ? Font.DemiBold : Font.Normal
            color: control.checked ? Theme.text : Theme.textMuted
            wrapMode: Text.WordWrap
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: 10
            maximumLineCount: 2
            elide: Text.ElideRight
        }
    }
    background: Item {
        FocusRing {
            target: control
        }
    }
}
