pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A form, one question per screen: large answers, back and next, a review, submit. Every
// answer is saved as it is given (Measures.form keeps the draft), so leaving the page, or the
// app being closed, loses nothing. Keyboard: digits choose, Enter or → goes on, ← goes back.
ScrollPage {
    id: page
    objectName: "formPage"
    readonly property FormSession form: Measures.form
    readonly property bool asking: form !== null && !form.reviewing && !form.submitted
    // On a therapist's tablet handed to the patient (HandOverPage, issue 6): no way out of the
    // form but back to the therapist.
    property bool inRoom: false

    title: !form ? qsTr("Form")
                 : form.correction ? qsTr("Correcting session %1").arg(form.session)
                                   : qsTr("Session %1 form").arg(form.session)
    focus: true

    function scrollToTop() {
        page.flickable.contentY = 0;
    }
    // Saves a typed answer now rather than after the typing pause (before moving on).
    function flushText() {
        if (saveText.running) {
            saveText.stop();
            if (page.form && page.form.isText)
                page.form.setTextAnswer(textAnswer.text);
        }
    }
    function done() {
        Measures.closeForm();
        if (page.StackView.view)
            page.StackView.view.pop();
    }

    // "Stop for now" in crisis support: the form closes, its answers kept.
    Connections {
        target: Measures
        function onFormStopped() {
            if (!page.inRoom)
                page.done();
        }
    }
    Connections {
        target: page.form
        function onChanged() {
            if (page.form && page.form.position !== lastPosition.value) {
                lastPosition.value = page.form.position;
                page.scrollToTop();
            }
        }
    }
    QtObject {
        id: lastPosition
        property int value: -1
    }
    Keys.onPressed: event => {
        if (!page.asking)
            return;
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && !page.form.isText) {
            page.form.chooseByKey(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Right || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (!page.form.isText || event.key === Qt.Key_Right) {
                page.flushText();
                page.form.next();
                event.accepted = true;
            }
        } else if (event.key === Qt.Key_Left && !page.form.isText) {
            page.form.back();
            event.accepted = true;
        }
    }

    footer: FormNavigation {
        visible: page.asking
        form: page.form
        onAboutToMove: page.flushText()
    }

    // Nothing open (the page was reached without a form).
    EmptyState {
        visible: !page.form
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/measures.svg"
        title: qsTr("No form is open")
        body: page.inRoom ? qsTr("There is nothing to fill in now. Please give the tablet back to your therapist.")
                          : qsTr("When a form is ready, start it from the Measures tab.")
    }

    // The clock or time zone moved since the app last looked: which session this form is for.
    Notice {
        objectName: "formClockNotice"
        visible: text.length > 0 && page.form !== null && !page.form.submitted
        text: Measures.formClockNotice
    }

    // One question.
    ColumnLayout {
        visible: page.asking
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "instrumentTitle"
            Layout.fillWidth: true
            text: page.form ? page.form.instrumentProgress + " · " + page.form.instrumentTitle : ""
            textFormat: Text.PlainText
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        ProgressBar {
            objectName: "formProgress"
            Layout.fillWidth: true
            from: 0
            to: page.form ? page.form.count : 1
            value: page.form ? page.form.position + 1 : 0
            Accessible.name: page.form ? page.form.progressText : ""
        }
        Label {
            objectName: "progressText"
            Layout.fillWidth: true
            text: page.form ? page.form.progressText : ""
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        BodyText {
            objectName: "questionStem"
            visible: text.length > 0
            muted: true
            text: page.form ? page.form.stem : ""
        }
        Heading {
            objectName: "questionText"
            level: 2
            text: page.form ? (page.form.prefix.length > 0 ? page.form.prefix + " " : "") + page.form.text : ""
        }
        BodyText {
            objectName: "questionHelp"
            visible: text.length > 0
            muted: true
            text: page.form ? page.form.help : ""
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            visible: page.form !== null && !page.form.isText
            Accessible.role: Accessible.Grouping
            Accessible.name: page.form ? page.form.text : ""

            Repeater {
                model: page.form ? page.form.options : null
                AnswerButton {
                    required property string code
                    required property string label
                    required property string prefix
                    required property bool selected
                    required property int index
                    objectName: "answer_" + index
                    text: label
                    number: prefix
                    checked: selected
                    onClicked: page.form.choose(code)
                }
            }
        }
        UnwatchedNotice {
            visible: page.form !== null && page.form.isText
        }
        TextArea {
            id: textAnswer
            objectName: "textAnswer"
            visible: page.form !== null && page.form.isText
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget * 3
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            font.pixelSize: Theme.fontBody
            color: Theme.text
            placeholderText: qsTr("Write as much or as little as you like, or leave it blank.")
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: page.form ? page.form.text : ""
            onTextChanged: saveText.restart()
            // A short pause before saving, so the draft is written after typing, not on
            // every key; leaving the question saves at once.
            Timer {
                id: saveText
                interval: 400
                onTriggered: {
                    if (page.form && page.form.isText)
                        page.form.setTextAnswer(textAnswer.text);
                }
            }
            Connections {
                target: page.form
                function onChanged() {
                    if (page.form && page.form.isText && textAnswer.text !== page.form.textAnswer && !saveText.running)
                        textAnswer.text = page.form.textAnswer;
                }
            }
            Component.onCompleted: {
                if (page.form && page.form.isText)
                    textAnswer.text = page.form.textAnswer;
            }
            Component.onDestruction: page.flushText()
        }
        Notice {
            objectName: "formError"
            isError: true
            text: page.form ? page.form.error : ""
        }
    }

    // The review, then submit.
    FormReview {
        visible: page.form !== null && page.form.reviewing && !page.form.submitted
        Layout.fillWidth: true
        form: page.form
    }

    // Sent.
    ColumnLayout {
        visible: page.form !== null && page.form.submitted
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        spacing: Theme.spacing

        EmptyState {
            objectName: "formThanks"
            Layout.fillWidth: true
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/check.svg"
            title: qsTr("Thank you")
            body: page.form ? qsTr("Your answers for session %1 are saved.").arg(page.form.session)
                              + (page.form.whoSees.length > 0 ? " " + page.form.whoSees : "") : ""
        }
        Notice {
            objectName: "formRiskNotice"
            text: page.form && page.form.riskFlagged
                  ? qsTr("One of your answers says you have had thoughts of harming yourself or of being better off dead. This app is not monitored, so no one has been alerted. If you need help now, use “Get help”.")
                  : ""
        }
        AppButton {
            objectName: "formGetHelp"
            visible: page.form !== null && page.form.riskFlagged
            Layout.fillWidth: true
            fillColor: Theme.crisis
            textColor: Theme.textOnCrisis
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/lifebuoy.svg"
            text: qsTr("Get help now")
            onClicked: Nav.crisisRequested()
        }
        Notice {
            objectName: "formHandBack"
            text: page.inRoom ? qsTr("You have finished. Please give the tablet back to your therapist.") : ""
        }
        AppButton {
            objectName: "formDone"
            visible: !page.inRoom
            Layout.fillWidth: true
            primary: true
            text: qsTr("Done")
            onClicked: page.done()
        }
    }
}
