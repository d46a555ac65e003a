import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Reminders in Settings: on or off, exactly what they say, and whether this device can
// show them.
ColumnLayout {
    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        level: 2
        text: qsTr("Reminders")
    }
    Card {
        Layout.fillWidth: true
        LabelledSwitch {
            objectName: "reminderFormOpening"
            text: qsTr("Remind me when there is something to fill in before a session")
            checked: Reminders.formOpening
            onToggled: on => Reminders.formOpening = on
        }
        LabelledSwitch {
            objectName: "reminderDayBefore"
            text: qsTr("Also remind me the evening before each session")
            checked: Reminders.dayBefore
            onToggled: on => Reminders.dayBefore = on
        }
        BodyText {
            objectName: "reminderWording"
            muted: true
            text: Reminders.wordingText
        }
        BodyText {
            objectName: "reminderNext"
            visible: text.length > 0
            text: Reminders.nextText
        }
        Notice {
            objectName: "reminderUnavailable"
            text: Reminders.available ? "" : Reminders.unavailableReason
        }
        AppButton {
            objectName: "reminderExample"
            Layout.fillWidth: true
            visible: Reminders.available
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/bell.svg"
            text: qsTr("Show me what a reminder looks like")
            onClicked: Reminders.showExample()
        }
        Notice {
            objectName: "reminderMessage"
            text: Reminders.message
        }
    }
}
