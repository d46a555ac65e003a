pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Writing: the reply to the therapist's letter, a paper letter typed in section by section,
// or a new version of a letter. What is typed is kept on this device as it is typed
// (LetterEditing autosaves), so closing the app loses nothing; "Save this version" keeps it
// as a version of its own.
ScrollPage {
    id: page
    objectName: "letterEditorPage"
    // A task (done or cancelled): no tab bar or side rail to leave it by mistake.
    immersive: true
    property int mode: LetterEditing.Reply
    property string letterId: Letters.letterId
    property string savedMessage
    readonly property alias editing: editing
    title: page.mode === LetterEditing.Reply ? qsTr("Your reply")
         : page.mode === LetterEditing.Paper ? qsTr("Type in a letter")
         : page.mode === LetterEditing.New ? qsTr("Write the letter") : qsTr("New version")

    signal saved(string letterId)

    // A reply needs a letter to answer; without one (reached by an old link) say so.
    readonly property bool nothingToAnswer: mode === LetterEditing.Reply && letterId.length === 0

    EmptyState {
        objectName: "replyNothing"
        visible: page.nothingToAnswer
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("No letter to reply to yet")
        body: qsTr("When your therapist’s letter is here, you can write back to it on this page.")
        actionText: qsTr("Back")
        onActionClicked: Nav.backRequested()
    }

    LetterEditing {
        id: editing
        mode: page.mode
        letterId: page.mode === LetterEditing.Paper || page.mode === LetterEditing.New ? "" : page.letterId
    }
    Component.onDestruction: editing.flush()

    Heading {
        visible: !page.nothingToAnswer
        text: page.mode === LetterEditing.Reply ? qsTr("Write back")
            : page.mode === LetterEditing.Paper ? qsTr("Type in a letter from paper")
            : page.mode === LetterEditing.New ? qsTr("Write the goodbye letter")
            : qsTr("Make a new version")
    }
    BodyText {
        visible: !page.nothingToAnswer
        muted: true
        // A therapist writing or revising in the app (docs/THERAPIST.md) gets the template's sections.
        text: page.mode === LetterEditing.Reply
              ? qsTr("Write back in your own words, as much or as little as you like. Everything you type is kept on this device as you go, even if the app closes.")
              : Session.role === "therapist"
              ? qsTr("Each section has a prompt from the DIT template; leave out any the letter does not need and change headings freely. Everything you type is kept as you go; “Save this version” keeps a version, which you can then share with the patient.")
              : qsTr("Copy the letter a section at a time. Leave out any section your letter does not have, and change the headings to match it. Everything you type is kept as you go.")
    }
    UnwatchedNotice {
        visible: page.mode === LetterEditing.Reply && !page.nothingToAnswer
    }
    Notice {
        objectName: "restoredNotice"
        text: editing.restored ? qsTr("Here is what you had written. Carry on whenever you are ready.") : ""
    }

    Label {
        visible: !page.nothingToAnswer
        text: qsTr("Title")
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    AppTextField {
        visible: !page.nothingToAnswer
        objectName: "letterTitleField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: editing.title
        font.pixelSize: Theme.fontBody
        color: Theme.text
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Title")
        onTextEdited: editing.title = text
    }
    Label {
        visible: !page.nothingToAnswer
        text: qsTr("Date on the letter")
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    AppTextField {
        visible: !page.nothingToAnswer
        objectName: "letterDateField"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: editing.dateText
        font.pixelSize: Theme.fontBody
        color: Theme.text
        inputMethodHints: Qt.ImhDate | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Date on the letter")
        onTextEdited: editing.dateText = text
    }

    RepeatedRows {
        Layout.topMargin: Theme.spacing
        spacing: 2 * Theme.spacing
        model: editing.sections

        ColumnLayout {
            id: section
            required property int index
            required property string heading
            required property string text
            required property string prompt
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            // Wraps, so a long heading ("How this makes you feel and how you deal with these
            // feelings") is seen whole on a phone, not only its end; one line of text all the same.
            AppTextArea {
                objectName: "sectionHeading_" + section.index
                visible: editing.headingsEditable
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                text: section.heading
                wrapMode: TextEdit.Wrap
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontLarge
                font.weight: Font.DemiBold
                color: Theme.text
                placeholderText: qsTr("Heading (optional)")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Heading of section %1").arg(section.index + 1)
                Keys.onReturnPressed: event => event.accepted = true
                Keys.onEnterPressed: event => event.accepted = true
                onTextChanged: {
                    if (text !== section.heading)
                        editing.setSectionHeading(section.index, text);
                }
            }
            BodyText {
                muted: true
                text: section.prompt
                visible: section.prompt.length > 0
            }
            AppTextArea {
                id: body
                objectName: "sectionText_" + section.index
                Layout.fillWidth: true
                Layout.minimumHeight: Math.max(Theme.touchTarget * 2, Theme.fontReading * 8)
                text: section.text
                wrapMode: TextEdit.Wrap
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontReading
                color: Theme.text
                placeholderText: page.mode === LetterEditing.Reply ? qsTr("Dear …") : ""
                padding: Theme.spacingSmall + 4
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Accessible.name: section.heading.length > 0 ? section.heading : qsTr("Your letter")
                Accessible.description: section.prompt
                // Tab moves on (a letter has no use for tab characters).
                Keys.onTabPressed: event => {
                    body.nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason);
                    event.accepted = true;
                }
                onTextChanged: editing.setSectionText(section.index, text)
            }
            // The formatting shown as formatting, not as stars (only when there is some).
            ColumnLayout {
                Layout.fillWidth: true
                visible: preview.text.length > 0
                spacing: 4
                Label {
                    Layout.fillWidth: true
                    text: qsTr("How it will read")
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontSmall
                    color: Theme.textMuted
                }
                Label {
                    id: preview
                    objectName: "sectionPreview_" + section.index
                    Layout.fillWidth: true
                    text: editing.formattedPreview(body.text)
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    font.family: Letters.readingFamily
                    font.pixelSize: Theme.fontReading
                    color: Theme.text
                }
            }
        }
    }

    BodyText {
        visible: !page.nothingToAnswer
        muted: true
        font.pixelSize: Theme.fontSmall
        text: qsTr("To emphasise words, put *stars* around them. Start a line with “- ” for a list.")
    }
    BodyText {
        visible: !page.nothingToAnswer
        objectName: "keptText"
        muted: true
        text: editing.hasDraft ? qsTr("Kept on this device as you type. Not yet saved as a version.")
                               : qsTr("Kept on this device as you type.")
    }
    Notice {
        objectName: "editorProblem"
        isError: true
        text: editing.errorMessage
    }
    Notice {
        objectName: "savedNotice"
        text: page.savedMessage
    }
    AppButton {
        visible: !page.nothingToAnswer
        objectName: "saveLetterVersion"
        Layout.fillWidth: true
        primary: true
        enabled: editing.ready
        text: qsTr("Save this version")
        Accessible.description: editing.problem
        onClicked: {
            const id = editing.saveVersion();
            if (id.length > 0) {
                page.savedMessage = page.mode === LetterEditing.Reply
                        ? qsTr("Your reply is saved. You can keep writing; that will become a new version when you save again.")
                        : qsTr("The letter is saved. Any change you make now becomes a new version when you save.");
                page.saved(id);
            } else {
                page.savedMessage = "";
            }
        }
    }
}
