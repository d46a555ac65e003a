pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Home after therapy: the letter, the reply, and the moments marked in it, to come back to.
// Shown instead of HomePage when LetterHome.active (the rule is in C++).
ScrollPage {
    id: page
    objectName: "letterHomePage"
    title: qsTr("Home")

    LetterNavigator {
        id: nav
        stack: page.StackView.view
    }

    Label {
        Layout.fillWidth: true
        text: qsTr("Your letter")
        font.family: Letters.readingFamily
        lineHeight: 0.85 // the book serif's own line spacing is generous
        font.pixelSize: Theme.fontHeadline
        font.weight: Font.DemiBold
        color: Theme.text
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        muted: true
        text: qsTr("Kept here for whenever you want to come back to it.")
    }

    Card {
        objectName: "homeLetterCard"
        Layout.fillWidth: true
        Label {
            Layout.fillWidth: true
            text: Letters.letterTitle
            font.family: Letters.readingFamily
            lineHeight: 0.85 // the book serif's own line spacing is generous
            font.pixelSize: Theme.fontTitle
            color: Theme.text
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        BodyText {
            muted: true
            text: qsTr("From your therapist · %1").arg(Letters.letterDateText)
        }
        AppButton {
            objectName: "homeReadLetter"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Read your letter")
            onClicked: nav.read(Letters.letterId)
        }
    }

    Heading {
        level: 2
        text: qsTr("What you marked")
    }
    BodyText {
        visible: momentsRepeater.count === 0
        muted: true
        text: qsTr("When you mark words in your letter, or write a note beside them, they gather here.")
    }
    RepeatedRows {
        spacing: Theme.spacing
        id: momentsRepeater
        model: Letters.moments
        MomentCard {
            required property int index
            required property string quote
            required property string note
            required property string heading
            required property int section
            required property bool inThisVersion
            objectName: "moment_" + index
            Layout.fillWidth: true
            quoteText: quote
            noteText: note
            headingText: inThisVersion ? heading : qsTr("In an earlier version")
            onClicked: nav.read(Letters.letterId, "", inThisVersion ? section : -1)
        }
    }

    Card {
        objectName: "homeReplyCard"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        Heading {
            level: 2
            text: qsTr("Your reply")
        }
        BodyText {
            muted: true
            text: Letters.replyId.length > 0 ? qsTr("%1 · %2").arg(Letters.replyTitle).arg(Letters.replyDateText)
                                             : qsTr("You have not written back. You can, whenever you like.")
        }
        AppButton {
            objectName: "homeReadReply"
            visible: Letters.replyId.length > 0
            Layout.fillWidth: true
            text: qsTr("Read your reply")
            onClicked: nav.read(Letters.replyId)
        }
        AppButton {
            objectName: "homeWriteReply"
            visible: Letters.replyId.length === 0 || Letters.replyDraftExists
            Layout.fillWidth: true
            text: Letters.replyDraftExists ? qsTr("Carry on writing") : qsTr("Write a reply")
            onClicked: nav.write(LetterEditing.Reply, Letters.letterId)
        }
    }

    BodyText {
        Layout.topMargin: Theme.spacing
        muted: true
        font.pixelSize: Theme.fontSmall
        text: qsTr("Home shows your letter now. You can change this, or ask for a gentle reminder to reread it, on the Letter page.")
    }
}
