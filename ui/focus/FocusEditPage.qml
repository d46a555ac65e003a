import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Writing down the focus, or changing it. Saving keeps the earlier version. What is typed is
// kept as a draft as it is typed, as notes are (docs/ARCHITECTURE.md, the free-text table):
// Back, locking or a killed app loses nothing, and opening the page again brings it back.
ScrollPage {
    id: page
    objectName: "focusEditPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    // The therapist's editor (docs/THERAPIST.md) is this page with clinical words; the patient open on
    // the dashboard is MyFocus's subject.
    readonly property bool therapist: Session.role === "therapist"
    title: therapist ? (MyFocus.hasFocus ? qsTr("Revise the focus") : qsTr("Record the focus"))
                     : MyFocus.hasFocus ? qsTr("Change my focus") : qsTr("Write down my focus")
    property string problem
    // True when the words shown were kept from an earlier visit, not yet saved.
    property bool restored: false
    property bool ready: false
    readonly property var fields: [selfField, othersField, feelingField, protectsField,
                                   ownWordsField, handlesField, goalsField]

    function savedTexts() {
        return [MyFocus.selfRepresentation, MyFocus.otherRepresentation, MyFocus.affect,
                MyFocus.defensiveFunction, MyFocus.ownWordsText, MyFocus.handlesText,
                MyFocus.goalsText];
    }
    // Only words that differ from the saved focus are a draft (all seven fields and the
    // session, in one entry).
    function keepDraft() {
        if (!ready)
            return;
        const texts = fields.map(f => f.text);
        const saved = savedTexts();
        const same = texts.every((t, i) => t === saved[i]);
        draft.text = same ? "" : JSON.stringify({ fields: texts, session: session.value });
    }
    function save() {
        problem = MyFocus.save(selfField.text, othersField.text, feelingField.text, protectsField.text,
                               ownWordsField.text, handlesField.text, goalsField.text, session.value)
                  ? "" : MyFocus.errorMessage;
        if (problem.length === 0) {
            draft.text = "";
            draft.save();
            page.StackView.view.pop();
        }
    }

    TextDraft {
        id: draft
        kind: "focus"
        key: MyFocus.draftKey
    }
    // Leaving (Back): saved at once, not after the pause that saves while typing.
    StackView.onDeactivating: draft.save()
    Component.onCompleted: {
        let kept = null;
        try {
            kept = draft.text.length > 0 ? JSON.parse(draft.text) : null;
        } catch (e) {
            kept = null;
        }
        const keptFields = kept && Array.isArray(kept.fields) && kept.fields.length === fields.length
                           ? kept.fields : null;
        page.restored = keptFields !== null;
        const texts = keptFields || savedTexts();
        // Set once, not bound: a reload of the saved focus never overwrites what is typed.
        fields.forEach((f, i) => f.text = String(texts[i]));
        if (page.restored && kept.session >= session.from && kept.session <= session.to)
            session.value = kept.session;
        fields.forEach(f => f.textChanged.connect(page.keepDraft));
        session.valueModified.connect(page.keepDraft);
        page.ready = true;
    }

    Notice {
        objectName: "focusRestored"
        text: page.restored ? qsTr("Here is what you had written. Carry on whenever you are ready.") : ""
    }
    BodyText {
        text: page.therapist
              ? qsTr("The Interpersonal Affective Focus as formulated with the patient. Keep their own words where you can. Each save is a new version; earlier ones are kept. The patient gets a copy in the next hand-over file.")
              : qsTr("Write it the way you and your therapist put it, in words that feel true to you. You can leave parts empty and add them later. Each time you save, the earlier version is kept.")
    }

    component Field: ColumnLayout {
        id: field
        property string label
        property string hint
        property alias text: area.text
        property alias area: area
        Layout.fillWidth: true
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: field.label
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: field.hint
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontSmall
            color: Theme.textMuted
        }
        AppTextArea {
            id: area
            objectName: field.objectName + "Input"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.fontBody
            color: Theme.text
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
            Accessible.name: field.label
            Accessible.description: field.hint
            // Tab moves on, as in every other field; it never types a tab character.
            Keys.onTabPressed: nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
            Keys.onBacktabPressed: nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
        }
    }

    Field {
        id: selfField
        objectName: "focusSelfField"
        label: page.therapist ? qsTr("Self-representation") : qsTr("How I see myself in the pattern")
        hint: page.therapist ? qsTr("How the patient experiences themselves in the pattern, e.g. “second best”")
                             : qsTr("For example: “not good enough”, “always second best”")
    }
    Field {
        id: othersField
        objectName: "focusOthersField"
        label: page.therapist ? qsTr("Other-representation") : qsTr("How I see other people in it")
        hint: page.therapist ? qsTr("How others are experienced, e.g. “dismissive, unavailable”")
                             : qsTr("For example: “critical”, “too busy for me”")
    }
    Field {
        id: feelingField
        objectName: "focusFeelingField"
        label: page.therapist ? qsTr("Linking affect") : qsTr("The feeling that links them")
        hint: page.therapist ? qsTr("e.g. shame, rage, fear, resentment") : qsTr("For example: shame, anger, fear")
    }
    Field {
        id: protectsField
        objectName: "focusProtectsField"
        label: page.therapist ? qsTr("Defensive function") : qsTr("What the pattern protects me from")
        hint: page.therapist ? qsTr("What the pattern protects against")
                             : qsTr("What would happen if I did not do it this way?")
    }
    Field {
        id: ownWordsField
        objectName: "focusOwnWordsField"
        label: page.therapist ? qsTr("The patient’s own phrases") : qsTr("My own words for it")
        hint: page.therapist ? qsTr("Vivid words the patient uses, one on each line")
                             : qsTr("Phrases I use, one on each line")
    }
    Field {
        id: handlesField
        objectName: "focusHandlesField"
        label: page.therapist ? qsTr("Shared handles") : qsTr("What we call it")
        hint: page.therapist ? qsTr("Shorthand you and the patient use for the pattern, one on each line")
                             : qsTr("A short name we share for the pattern, one on each line")
    }
    Field {
        id: goalsField
        objectName: "focusGoalsField"
        label: page.therapist ? qsTr("Goals agreed") : qsTr("Goals we agreed")
        hint: qsTr("One on each line")
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 4
        Label {
            Layout.fillWidth: true
            text: qsTr("Agreed or changed in session")
            wrapMode: Text.Wrap
            font.pixelSize: Theme.fontBody
            font.weight: Font.DemiBold
            color: Theme.text
        }
        AppSpinBox {
            id: session
            objectName: "focusSession"
            Layout.minimumHeight: Theme.touchTarget
            from: 1
            to: CourseSetup.maxSessions
            value: MyFocus.suggestedSession
            editable: true
            font.pixelSize: Theme.fontBody
            Accessible.name: qsTr("Agreed or changed in session")
        }
    }
    BodyText {
        objectName: "focusKept"
        muted: true
        text: draft.text.length > 0 && draft.saveState === TextDraft.Saved
              ? qsTr("Kept on this device. Not yet saved as the focus.")
              : qsTr("Kept on this device as you type.")
    }
    Notice {
        objectName: "focusProblem"
        isError: true
        text: page.problem || draft.errorMessage
    }
    AppButton {
        objectName: "focusSave"
        Layout.fillWidth: true
        primary: true
        text: qsTr("Save")
        onClicked: page.save()
    }
}
