import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Sync for the patient's profile (Settings) or one patient (the therapist's dashboard),
// docs/SYNC.md: when it last synced and why not, pairing and unpairing. Without a pair it is one
// button and a line: sync is off unless a service turns it on.
Card {
    id: card
    objectName: "syncCard"
    // Empty on the patient's phone; the patient's id on the therapist's tablet.
    property string subject
    property string pairText
    signal pairRequested

    Component.onCompleted: SyncStatusView.subject = card.subject
    onSubjectChanged: SyncStatusView.subject = card.subject

    Heading {
        level: 2
        text: qsTr("Sync")
    }
    // The status line; a problem is said in words beside the alert icon.
    Notice {
        objectName: "syncStatusLine"
        isError: SyncStatusView.hasProblem
        text: SyncStatusView.subject === card.subject ? SyncStatusView.line : ""
    }
    PairCheck {
        subject: card.subject
    }
    BodyText {
        visible: SyncStatusView.paired && card.subject.length === 0
        muted: true
        text: SyncStatusView.note
    }
    BodyText {
        visible: !SyncStatusView.paired
        muted: true
        text: card.subject.length > 0
              ? qsTr("Off. Pair this patient’s phone to see the forms they fill in at home here.")
              : qsTr("Off. Everything stays on this phone unless you pair it with your therapist’s tablet.")
    }
    AppButton {
        objectName: "openPairing"
        Layout.fillWidth: true
        visible: !SyncStatusView.paired
        text: card.pairText
        onClicked: card.pairRequested()
    }
    AppButton {
        objectName: "unpair"
        Layout.fillWidth: true
        visible: SyncStatusView.paired
        enabled: !SyncPairing.busy
        text: qsTr("Unpair…")
        onClicked: confirmUnpair.open()
    }
    ConfirmDialog {
        id: confirmUnpair
        objectName: "confirmUnpair"
        text: card.subject.length > 0
              ? qsTr("Stop syncing with this patient’s phone? Nothing already here is deleted. To sync again, you pair again.")
              : qsTr("Stop syncing with your therapist’s tablet? Nothing already here is deleted. To sync again, you pair again.")
        confirmText: qsTr("Unpair")
        onConfirmed: SyncPairing.unpair(card.subject)
    }
}
