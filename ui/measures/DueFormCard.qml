import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The form due before the next session: what it is and, when it is open, a button to start
// it or carry on. Used on the Measures tab and on Home. Inside a page that sits in a
// StackView, set `stackView: page.StackView.view` and the button opens the form there;
// otherwise handle `formOpened` (Measures.form is then the form to show). Measures keeps itself
// current (on unlock, every minute, on every change), so making the card does not refresh it
// (docs/PERFORMANCE.md).
Card {
    id: card
    objectName: "dueFormCard"
    // var, not StackView: Qt 6.4 qmllint does not see styled controls as their base types.
    property var stackView: null
    signal formOpened

    // Starts or resumes the due form and shows it. False if no form is open now.
    function open() {
        if (!Measures.openDueForm())
            return false;
        if (card.stackView)
            card.stackView.push(formPage);
        card.formOpened();
        return true;
    }

    Layout.fillWidth: true
    Accessible.role: Accessible.Grouping
    Accessible.name: Measures.dueTitle

    Heading {
        objectName: "dueFormTitle"
        level: 2
        text: Measures.dueTitle
    }
    BodyText {
        objectName: "dueFormDetail"
        muted: true
        visible: text.length > 0
        text: Measures.dueDetail
    }
    // The clock or time zone moved since the app last looked: which session the form is for.
    Notice {
        objectName: "dueFormClockNotice"
        text: Measures.clockNotice
    }
    AppButton {
        objectName: "dueFormAction"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        primary: true
        visible: Measures.dueActionLabel.length > 0
        text: Measures.dueActionLabel
        Accessible.name: text + ", " + Measures.dueTitle
        onClicked: card.open()
    }
    // No sessions yet: the forms wait for them, so offer the way to add them here too.
    AppButton {
        objectName: "dueFormSetUpCourse"
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingSmall
        primary: true
        visible: !Measures.hasCourse && card.stackView !== null
        text: qsTr("Add my sessions")
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/calendar.svg"
        onClicked: card.stackView.push(courseSetupPage)
    }
    Component {
        id: formPage
        FormPage {}
    }
    Component {
        id: courseSetupPage
        CourseSetupPage {}
    }
}
