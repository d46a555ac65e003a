import QtQuick
import org.ditcompanion.app
import org.ditcompanion.design

// Crisis support, one tap from every screen (docs/CLINICAL_SAFETY.md), in a quiet style: the normal ink
// and the lifebuoy, always there without outshouting the page (alarm red is kept for the 999
// call on the crisis page). Compact, a short word sits under the lifebuoy so the header stays
// one row at large text sizes.
AppButton {
    id: control
    objectName: "crisisButton"
    // The lifebuoy over "Help", for a narrow header with large text.
    property bool compact: false
    // Emitted just before crisis support opens, so a dialog holding the button can close first.
    signal helpRequested()
    text: qsTr("Get help")
    icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/lifebuoy.svg"
    fillColor: "transparent"
    textColor: Theme.text
    leftPadding: compact ? Theme.spacingSmall : Theme.spacing
    rightPadding: leftPadding
    topPadding: compact ? 4 : Theme.spacingSmall
    bottomPadding: topPadding
    Accessible.name: qsTr("Get help now: crisis support contacts")
    Accessible.description: qsTr("Opens phone numbers you can contact if you are in crisis.")
    onClicked: {
        control.helpRequested();
        Nav.crisisRequested();
    }

    contentItem: CrisisButtonContent {
        button: control
        compact: control.compact
    }
}
