import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A risk answer on the therapist's dashboard (docs/THERAPIST.md): what was answered and when, and
// whether the therapist has acknowledged it. Acknowledging records the time, once; the flag
// on the caseload clears only then. The flag is an icon and words, not colour alone, and
// calm: the main colour, not the alarm red kept for a 999 call.
Card {
    id: card
    property string title
    property string answers
    property string dateText
    property bool acknowledged: false
    property string acknowledgedText
    property string buttonName
    signal acknowledgeRequested

    Layout.fillWidth: true
    border.color: acknowledged ? Theme.divider : Theme.primary
    border.width: acknowledged ? 1 : 2

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        IconImage {
            Layout.alignment: Qt.AlignTop
            source: card.acknowledged ? "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/check.svg"
                                      : "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/flag.svg"
            sourceSize.width: Theme.iconSize
            sourceSize.height: Theme.iconSize
            color: card.acknowledged ? Theme.textMuted : Theme.primary
        }
        Heading {
            level: 3
            text: card.title
        }
    }
    BodyText {
        text: card.answers
    }
    BodyText {
        muted: true
        text: card.dateText
    }
    BodyText {
        font.weight: card.acknowledged ? Font.Normal : Font.DemiBold
        text: card.acknowledgedText
    }
    AppButton {
        objectName: card.buttonName
        visible: !card.acknowledged
        Layout.fillWidth: true
        text: qsTr("I have seen this answer")
        Accessible.description: qsTr("Records, with the time, that you have seen this answer. The flag on the caseload then clears.")
        onClicked: card.acknowledgeRequested()
    }
}
