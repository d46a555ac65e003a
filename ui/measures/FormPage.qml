pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A form, one question per screen: large answers, back and next, a review, submit. Every
// answer is saved as it is given (Measures.form keeps the draft), so leaving the page, or the
// app being closed, loses nothing. Keyboard: digits choose, Enter or → goes on, ← goes back.
ScrollPage {
    id: page
    objectName: "formPage"
    readonly property FormSession form: Measures.form
    readonly property bool asking: form !== null && !form.reviewing && !form.submitted
    // On a therapist's tablet handed to the patient (HandOverPage, docs/THERAPIST.md): no way out of the
    // form but back to the therapist.
    property bool inRoom: false

    title: !form ? qsTr("Form")
                 : form.correction ? qsTr("Correcting session %1").arg(form.session)
                                   : qsTr("Session %1 form").arg(form.session)
    focus: true
    // A task flow: no tab bar or side rail to leave it by mistake (the header's back arrow
    // leaves it, its answers kept), and never the same form under two tabs.
    immersive: true

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
        const view = page.StackView.view;
        Measures.closeForm();
        if (view && view.currentItem === page)
            view.pop();
    }
    // Closed elsewhere (submitted, stopped): this page does not stay behind as an empty "No
    // form is open".
    onFormChanged: {
        const view = page.StackView.view;
        if (!page.form && !page.inRoom && view && view.currentItem === page)
            view.pop();
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
            if (page.form && page.form.answered)
                page.keyHint = "";
            if (page.form && page.form.position !== lastPosition.value) {
                lastPosition.value = page.form.position;
                page.keyHint = "";
                page.scrollToTop();
                focusLater.restart(); // once the new answers are made
            }
        }
    }
    QtObject {
        id: lastPosition
        property int value: -1
    }
    Timer {
        id: focusLater
        interval: 0
        onTriggered: page.focusAnswer()
    }
    // Return or → with nothing chosen does not skip the question silently: it says how to go on.
    property string keyHint
    // Large text on a short screen: Previous and Next scroll with the question (at the end of
    // the content) instead of a fixed footer eating a quarter of the screen.
    readonly property bool navigationInline: Theme.fontBody * 30 > page.height
    // After moving on by keyboard the first answer (or the chosen one) takes focus, so Tab and
    // the arrows start at the answers, not the header.
    property bool movedByKeyboard: false
    function focusAnswer() {
        if (!page.asking)
            return;
        const reason = page.movedByKeyboard ? Qt.TabFocusReason : Qt.OtherFocusReason;
        page.movedByKeyboard = false;
        if (page.form.isText) {
            if (reason === Qt.TabFocusReason)
                textAnswer.forceActiveFocus(reason);
            return;
        }
        let target = answers.count > 0 ? answers.itemAt(0) : null;
        for (let i = 0; i < answers.count; ++i) {
            const answer = answers.itemAt(i) as AnswerButton;
            if (answer && answer.checked)
                target = answer;
        }
        if (target)
            target.forceActiveFocus(reason);
    }
    function moveOnByKey() {
        if (!page.form.answered && !page.form.isText && page.form.position + 1 < page.form.count) {
            page.keyHint = qsTr("Choose an answer, or press Skip.");
            return;
        }
        page.flushText();
        page.movedByKeyboard = true;
        page.form.next();
    }
    Keys.onPressed: event => {
        if (!page.asking)
            return;
        if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && !page.form.isText) {
            page.form.chooseByKey(String(event.key - Qt.Key_0));
            event.accepted = true;
        } else if (event.key === Qt.Key_Right || event.key === Qt.Key_Return || event.key === Qt.Key_Enter) {
            if (!page.form.isText || event.key === Qt.Key_Right) {
                page.moveOnByKey();
                event.accepted = true;
            }
        } else if (event.key === Qt.Key_Left && !page.form.isText) {
            page.movedByKeyboard = true;
            page.form.back();
            event.accepted = true;
        }
    }

    footer: FormNavigation {
        visible: page.asking && !page.navigationInline
        form: page.form
        onAboutToMove: {
            page.movedByKeyboard = keyboardFocus;
            page.flushText();
        }
    }

    // Nothing open (the page was reached without a form).
    EmptyState {
        visible: !page.form
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/measures.svg"
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
        // Rows, not a Repeater in the layout: the answers change with every question
        // (RepeatedRows says why).
        RepeatedRows {
            id: answers
            visible: page.form !== null && !page.form.isText && count > 0
            Accessible.role: Accessible.Grouping
            Accessible.name: page.form ? page.form.text : ""
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
        UnwatchedNotice {
            visible: page.form !== null && page.form.isText
        }
        AppTextArea {
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
            objectName: "formKeyHint"
            text: page.keyHint
        }
        Notice {
            objectName: "formError"
            isError: true
            text: page.form ? page.form.errorMessage : ""
        }
        // Previous and Next here, after the answers, when the text is large (navigationInline).
        FormNavigation {
            id: inlineNavigation
            objectName: "formNavigationInline"
            visible: page.asking && page.navigationInline
            Layout.fillWidth: true
            form: page.form
            onAboutToMove: {
                page.movedByKeyboard = inlineNavigation.keyboardFocus;
                page.flushText();
            }
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
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/check.svg"
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
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/lifebuoy.svg"
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
