import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Confirming the pair (docs/SYNC.md, "Confirming the pair"): once the other device has joined,
// both screens show four check words made from the pair key, the server and both devices'
// keys. Nothing from the other device is added here until this device's person taps "These
// words match"; "They do not match" unpairs (the therapist then makes a new code). Below, the
// pair's two devices and when the words were confirmed here. Reads SyncStatusView, whose
// subject the page has set.
ColumnLayout {
    id: check
    objectName: "pairCheck"
    // Empty on the patient's phone; the patient's id on the therapist's tablet.
    property string subject
    readonly property bool onTablet: subject.length > 0
    readonly property bool shown: SyncStatusView.subject === check.subject
                                  && SyncStatusView.paired && SyncStatusView.checkWords.length > 0
    Layout.fillWidth: true
    spacing: Theme.spacing
    visible: shown

    Heading {
        level: 3
        text: qsTr("Check words")
    }
    BodyText {
        visible: !SyncStatusView.confirmed
        text: check.onTablet
              ? qsTr("The patient’s phone has joined. Check together that it shows these four words:")
              : qsTr("Check with your therapist that their tablet shows these four words:")
    }
    Heading {
        objectName: "pairCheckWords"
        level: 2
        text: check.shown ? SyncStatusView.checkWords : ""
    }
    BodyText {
        visible: !SyncStatusView.confirmed
        muted: true
        text: check.onTablet
              ? qsTr("Until you confirm, nothing from that phone is added here. If the words differ, or the patient’s phone said no pairing was found, another device may have the code: tap “They do not match”, then make a new code.")
              : qsTr("Until you confirm, nothing from the tablet is added here. If the words differ, another device may have the code: tap “They do not match” and ask for a new code.")
    }
    AppButton {
        objectName: "checkWordsMatch"
        Layout.fillWidth: true
        visible: !SyncStatusView.confirmed
        primary: true
        enabled: !SyncPairing.busy
        text: qsTr("These words match")
        onClicked: SyncPairing.confirmWords(check.subject)
    }
    AppButton {
        objectName: "checkWordsDiffer"
        Layout.fillWidth: true
        visible: !SyncStatusView.confirmed
        enabled: !SyncPairing.busy
        text: qsTr("They do not match")
        onClicked: SyncPairing.unpair(check.subject)
    }
    // The pair's two devices, and when each side confirmed the words (the other side's from
    // its signed confirmation, which arrives with its next sync).
    Heading {
        level: 3
        text: qsTr("The two devices of this pairing")
    }
    BodyText {
        objectName: "pairThisDevice"
        text: (check.onTablet ? qsTr("This tablet: ") : qsTr("This phone: "))
              + (SyncStatusView.confirmed
                 ? qsTr("words confirmed on this device on %1").arg(SyncStatusView.confirmedAt)
                 : qsTr("words not confirmed on this device yet"))
    }
    BodyText {
        objectName: "pairOtherDevice"
        text: (check.onTablet ? qsTr("The patient’s phone: ") : qsTr("Your therapist’s tablet: "))
              + (SyncStatusView.otherConfirmed
                 ? qsTr("confirmed on the other device on %1").arg(SyncStatusView.otherConfirmedAt)
                 : qsTr("waiting for the other device to confirm"))
    }
}
