import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The tablet handed to a patient in the room (docs/THERAPIST.md): their due form and nothing else.
// There is no navigation: the caseload shell is not even there. Get help opens crisis
// support over it, as everywhere. Back and Esc step back inside the form. Only the
// therapist's passphrase returns the tablet (HandToPatient, throttled like the lock screen);
// locking keeps it handed over (see HandToPatient.h).
Page {
    id: page
    objectName: "handOverPage"
    property bool returning: false
    // The first screen names whose form it is (docs/CLINICAL_SAFETY.md, H18): the form shows
    // once the patient says it is theirs; "That's not me" hands the tablet back unanswered.
    property bool whoConfirmed: false
    property bool notMe: false

    // Back (Esc, the system back gesture): close the therapist's panel, or step back one
    // question. Never anywhere else.
    function goBack() {
        if (page.returning) {
            page.notMe = false;
            page.returning = false;
            return;
        }
        const form = Measures.form;
        if (form && !form.submitted && form.canGoBack)
            form.back();
    }

    Component.onCompleted: {
        if (!Measures.form)
            Measures.openDueForm();
        formPage.forceActiveFocus();
    }

    background: Rectangle {
        color: Theme.background
    }
    header: AppHeader {
        title: formPage.title
        canGoBack: false
    }

    FormPage {
        id: formPage
        anchors.fill: parent
        inRoom: true
        visible: page.whoConfirmed && !page.returning
    }

    // Whose form this is, before any question.
    ScrollPage {
        objectName: "whoCheck"
        anchors.fill: parent
        visible: !page.whoConfirmed && !page.returning

        WhoCheck {
            heading: qsTr("This form is for: %1").arg(HandToPatient.patientLabel)
            explanation: qsTr("If this is you, go on to your form. If it is not, nothing is saved: the tablet goes back to your therapist.")
            onConfirmed: {
                page.whoConfirmed = true;
                formPage.forceActiveFocus();
            }
            onDeclined: {
                page.notMe = true;
                page.returning = true;
            }
        }
    }

    // The therapist's way back: their passphrase.
    ScrollPage {
        anchors.fill: parent
        visible: page.returning

        Heading {
            text: qsTr("For your therapist")
        }
        Notice {
            objectName: "notMeNotice"
            text: page.notMe ? qsTr("Nothing has been saved. Please give the tablet back to your therapist.") : ""
        }
        BodyText {
            text: HandToPatient.passphraseNeeded
                  ? qsTr("Your therapist's passphrase returns the tablet to them. If you are not the therapist, please go back to your form.")
                  : qsTr("This is a demo: no passphrase is needed to return.")
        }
        PassphraseField {
            id: passphrase
            objectName: "returnPassphrase"
            visible: HandToPatient.passphraseNeeded
            Layout.fillWidth: true
            label: qsTr("Therapist's passphrase")
            input.enabled: !HandToPatient.busy && HandToPatient.lockoutSeconds === 0
            onAccepted: returnButton.clicked()
        }
        AttemptNotice {
            objectName: "returnError"
            lockedOut: HandToPatient.lockoutSeconds > 0
            lockoutText: HandToPatient.lockoutRecordLost
                         ? qsTr("The record of wrong passphrases was removed, damaged or put back from an earlier copy, so this profile waits %n minute(s) before the next try.", "", HandToPatient.lockoutFullMinutes)
                           + " " + qsTr("You can try again in %n second(s).", "", HandToPatient.lockoutSeconds)
                         : qsTr("Too many attempts. You can try again in %n second(s).", "", HandToPatient.lockoutSeconds)
            errorMessage: HandToPatient.errorMessage
        }
        AppButton {
            id: returnButton
            objectName: "returnToTherapist"
            Layout.fillWidth: true
            primary: true
            enabled: !HandToPatient.busy && HandToPatient.lockoutSeconds === 0
            text: HandToPatient.busy ? qsTr("Checking…") : qsTr("Return to the therapist")
            onClicked: {
                if (HandToPatient.passphraseNeeded && passphrase.text.length === 0)
                    return;
                HandToPatient.finish(passphrase.text);
                passphrase.clear();
            }
        }
        AppButton {
            objectName: "backToForm"
            Layout.fillWidth: true
            text: qsTr("Back to the form")
            onClicked: {
                page.notMe = false;
                page.returning = false;
            }
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: HandToPatient.busy
            visible: running
            Accessible.name: qsTr("Checking the passphrase")
        }
    }

    footer: ToolBar {
        visible: !page.returning
        padding: Theme.spacingSmall
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        background: Rectangle {
            color: Theme.surfaceAlt
        }
        // Narrow (a phone, large text, a longer language): the words go above the button
        // rather than being squeezed beside it until they break inside words.
        GridLayout {
            anchors.fill: parent
            columns: Theme.fontBody >= 24 || width - therapistReturn.implicitWidth < Theme.fontSmall * 12 ? 1 : 2
            // At large text only the button, so the question and its answers keep the
            // screen (its accessible name says the same).
            Label {
                visible: Theme.fontBody < 24
                Layout.fillWidth: true
                text: qsTr("This tablet is locked to your form.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
            }
            AppButton {
                id: therapistReturn
                objectName: "therapistReturn"
                Layout.alignment: Qt.AlignRight
                text: qsTr("Therapist")
                icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/lock.svg"
                fillColor: "transparent"
                Accessible.name: qsTr("For the therapist: return the tablet with the passphrase")
                onClicked: {
                    page.returning = true;
                    passphrase.input.forceActiveFocus();
                }
            }
        }
    }
}
