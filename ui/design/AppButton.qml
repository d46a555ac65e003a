import QtQuick
import QtQuick.Controls
import org.ditcompanion.design

// The app's button: at least 48 px tall, text that wraps instead of clipping at large font
// sizes, an icon that recolours with the text, and a visible focus ring.
Button {
    id: control
    property bool primary: false
    property color fillColor: primary ? Theme.primary : Theme.surfaceAlt
    property color textColor: primary ? Theme.textOnPrimary : Theme.text
    readonly property color shownTextColor: enabled ? textColor : Theme.textMuted

    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    leftPadding: text.length > 0 ? Theme.spacing : Theme.spacingSmall
    rightPadding: leftPadding
    topPadding: Theme.spacingSmall
    bottomPadding: Theme.spacingSmall
    font.pixelSize: Theme.fontBody
    font.weight: Font.DemiBold
    icon.width: Theme.iconSize
    icon.height: Theme.iconSize
    Accessible.name: text
    // Return and Enter press the focused button, as Space does (people expect both).
    Keys.onReturnPressed: event => control.pressByKey(event)
    Keys.onEnterPressed: event => control.pressByKey(event)
    function pressByKey(event) {
        event.accepted = true;
        if (!control.enabled)
            return;
        if (control.checkable)
            control.toggle();
        control.clicked();
    }

    contentItem: ButtonContent {
        button: control
    }

    background: Rectangle {
        implicitHeight: Theme.touchTarget
        radius: Theme.radius
        color: control.enabled ? control.fillColor : Theme.surfaceAlt
        opacity: control.down ? 0.85 : 1
        border.width: control.primary || control.fillColor === Theme.crisis ? 0 : 1
        border.color: Theme.divider
        FocusRing {
            target: control
        }
    }
}
