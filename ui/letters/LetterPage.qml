pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The goodbye letter: the therapist's letter and the reply, ways to keep them (export),
// what Home shows after therapy, and (behind two confirmations) deleting.
ScrollPage {
    id: page
    objectName: "letterPage"
    title: qsTr("Letter")

    LetterNavigator {
        id: nav
        stack: page.StackView.view
    }

    // For --page and tests: a letter route's page (Routes, docs/ARCHITECTURE.md), opened
    // through LetterNavigator on the letter open ("@letter") or its reply ("@reply").
    function openRoute(key) {
        const route = Routes.route(key, "patient");
        if (Object.keys(route).length === 0)
            return null;
        return nav.open(route.pages[route.pages.length - 1],
                        Routes.fill(route.properties, { "@letter": Letters.letterId, "@reply": Letters.replyId }));
    }

    LetterSaveDialog {
        id: saveDialog
        objectName: "letterSaveDialog"
        includeReply: includeReply.checked
        includeMarks: includeMarks.checked
    }

    EmptyState {
        visible: !Letters.hasLetter
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("Your letter will live here")
        body: qsTr("Near the end of therapy, your therapist writes you a goodbye letter. You can keep it here, mark the parts that matter to you, write back, and reread it whenever you like.")
    }
    AppButton {
        objectName: "typePaperLetter"
        visible: !Letters.hasLetter
        Layout.fillWidth: true
        primary: true
        text: Letters.paperDraftExists ? qsTr("Carry on typing in your letter") : qsTr("Type in a letter from paper")
        onClicked: nav.write(LetterEditing.Paper, "")
    }

    // The therapist's letter.
    Card {
        objectName: "letterCard"
        visible: Letters.hasLetter
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: Letters.letterTitle
            font.family: Letters.readingFamily
            lineHeight: 0.85 // the book serif's own line spacing is generous
            font.pixelSize: Theme.fontTitle
            font.weight: Font.DemiBold
            color: Theme.text
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        BodyText {
            muted: true
            text: qsTr("From your therapist · %1").arg(Letters.letterDateText)
        }
        BodyText {
            objectName: "letterStatus"
            text: Letters.letterStatus
        }
        AppButton {
            objectName: "readLetter"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Read your letter")
            onClicked: nav.read(Letters.letterId)
        }
        // One main action; the rest in a menu, as on the reading page.
        MoreMenuButton {
            objectName: "letterMoreButton"
            menu.objectName: "letterCardMenu"
            Accessible.name: Letters.letterVersionCount > 1
                             ? qsTr("More: versions, what changed, add a version you were given on paper")
                             : qsTr("More: add a version you were given on paper")
            MenuItem {
                objectName: "letterVersions"
                visible: Letters.letterVersionCount > 1
                height: visible ? implicitHeight : 0
                text: qsTr("Versions (%1)").arg(Letters.letterVersionCount)
                onTriggered: nav.versions(Letters.letterId)
            }
            MenuItem {
                objectName: "letterChanges"
                visible: Letters.letterVersionCount > 1
                height: visible ? implicitHeight : 0
                text: qsTr("What changed")
                onTriggered: nav.compare(Letters.letterId)
            }
            MenuItem {
                objectName: "typeNewVersion"
                text: qsTr("Add a version you were given on paper")
                Accessible.description: qsTr("Type in a revised letter your therapist gave you on paper. The earlier version is kept.")
                onTriggered: nav.write(LetterEditing.Revise, Letters.letterId)
            }
        }
    }

    // The patient's reply.
    Card {
        objectName: "replyCard"
        visible: Letters.hasLetter
        Layout.fillWidth: true
        Heading {
            level: 2
            text: qsTr("Your reply")
        }
        BodyText {
            muted: true
            text: Letters.replyId.length > 0
                  ? qsTr("%1 · %2").arg(Letters.replyTitle).arg(Letters.replyDateText)
                  : qsTr("Some people write back to their therapist, to say what they recognise, what they would put differently, or what they want to keep. It is up to you.")
        }
        BodyText {
            visible: Letters.replyDraftExists
            text: qsTr("You have writing that is not yet saved as a version. It is kept on this device.")
        }
        AppButton {
            objectName: "readReply"
            visible: Letters.replyId.length > 0
            Layout.fillWidth: true
            text: qsTr("Read your reply")
            onClicked: nav.read(Letters.replyId)
        }
        AppButton {
            objectName: "writeReply"
            Layout.fillWidth: true
            primary: Letters.replyId.length === 0
            text: Letters.replyDraftExists ? qsTr("Carry on writing")
                  : Letters.replyId.length > 0 ? qsTr("Add to your reply") : qsTr("Write a reply")
            onClicked: nav.write(LetterEditing.Reply, Letters.letterId)
        }
    }

    // Keep it.
    Heading {
        visible: Letters.hasLetter
        level: 2
        text: qsTr("Keep a copy")
    }
    Card {
        visible: Letters.hasLetter
        Layout.fillWidth: true
        BodyText {
            text: qsTr("Save the letter as a PDF to print or keep, or as plain text.")
        }
        ChoiceCheck {
            id: includeReply
            objectName: "exportIncludeReply"
            Layout.fillWidth: true
            visible: Letters.replyId.length > 0
            checked: true
            text: qsTr("Include your reply")
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        ChoiceCheck {
            id: includeMarks
            objectName: "exportIncludeMarks"
            Layout.fillWidth: true
            checked: false
            text: qsTr("Include the passages you marked and your notes")
            font.pixelSize: Theme.fontBody
            Accessible.name: text
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacingSmall
            AppButton {
                objectName: "exportPdf"
                text: qsTr("Save as PDF")
                onClicked: saveDialog.chooseFormat("pdf")
            }
            AppButton {
                objectName: "exportText"
                text: qsTr("Save as text")
                onClicked: saveDialog.chooseFormat("txt")
            }
        }
        BodyText {
            muted: true
            text: qsTr("A saved copy is outside the app: your passphrase does not protect it.")
        }
        Notice {
            objectName: "exportMessage"
            isError: saveDialog.failed
            text: saveDialog.message
        }
    }

    // After therapy.
    Heading {
        visible: Letters.hasLetter
        level: 2
        text: qsTr("After therapy")
    }
    Card {
        visible: Letters.hasLetter
        Layout.fillWidth: true
        BodyText {
            text: qsTr("What Home shows")
        }
        ButtonGroup {
            id: homeGroup
        }
        // Repeater in a layout: a fixed list of choices.
        Repeater {
            model: [
                { value: "automatic", label: qsTr("My therapy until the last session, then my letter") },
                { value: "letter", label: qsTr("My letter, from now on") },
                { value: "course", label: qsTr("My therapy, as before") }
            ]
            ChoiceRadio {
                required property var modelData
                objectName: "home_" + modelData.value
                Layout.fillWidth: true
                text: modelData.label
                font.pixelSize: Theme.fontBody
                checked: LetterHome.choice === modelData.value
                ButtonGroup.group: homeGroup
                Accessible.name: qsTr("Home shows: %1").arg(text)
                onClicked: LetterHome.choice = modelData.value
            }
        }
        BodyText {
            Layout.topMargin: Theme.spacingSmall
            text: qsTr("A gentle reminder to reread it")
        }
        ButtonGroup {
            id: rereadGroup
        }
        // Repeater in a layout: a fixed list of choices.
        Repeater {
            model: [
                { value: "off", label: qsTr("No reminder") },
                { value: "yearly", label: qsTr("Once a year, on the day therapy ended") },
                { value: "quarterly", label: qsTr("Every three months") }
            ]
            ChoiceRadio {
                required property var modelData
                objectName: "reread_" + modelData.value
                Layout.fillWidth: true
                text: modelData.label
                font.pixelSize: Theme.fontBody
                checked: LetterHome.reread === modelData.value
                ButtonGroup.group: rereadGroup
                Accessible.name: qsTr("Reminder: %1").arg(text)
                onClicked: LetterHome.reread = modelData.value
            }
        }
        BodyText {
            objectName: "nextReread"
            visible: text.length > 0
            muted: true
            text: LetterHome.nextRereadText
        }
    }

    // Every letter, when there are more than the letter and the reply.
    Heading {
        visible: Letters.letterCount > 2
        level: 2
        text: qsTr("All letters on this device")
    }
    RepeatedRows {
        spacing: Theme.spacing
        model: Letters.letterCount > 2 ? Letters.library : null
        Card {
            id: libraryCard
            required property string letterId
            required property string title
            required property string authorText
            required property string dateText
            required property string statusText
            Layout.fillWidth: true
            Heading {
                level: 3
                text: libraryCard.title
            }
            BodyText {
                muted: true
                text: qsTr("%1 · %2 · %3").arg(libraryCard.authorText).arg(libraryCard.dateText).arg(libraryCard.statusText)
            }
            AppButton {
                objectName: "readLibrary_" + libraryCard.letterId
                text: qsTr("Read")
                Accessible.name: qsTr("Read %1").arg(libraryCard.title)
                onClicked: nav.read(libraryCard.letterId)
            }
        }
    }

    AppButton {
        objectName: "deleteLetter"
        visible: Letters.hasLetter
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        fillColor: "transparent"
        text: qsTr("Delete this letter…")
        onClicked: nav.remove(Letters.letterId)
    }
}
