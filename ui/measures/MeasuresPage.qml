import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Pre-session forms and progress: the form due now, progress so far, and earlier forms,
// including any not filled in (shown plainly, never hidden).
ScrollPage {
    id: page
    objectName: "measuresPage"
    title: qsTr("Measures")

    // Opens the due form ("form") or the progress page ("progress"); used by --page.
    function open(what) {
        if (what === "form")
            dueCard.open();
        else if (what === "progress")
            page.StackView.view.push(progressPage);
    }
    function correct(session) {
        if (Measures.openCorrection(session))
            page.StackView.view.push(formPage);
    }

    Component.onCompleted: Measures.refresh()
    StackView.onActivated: Measures.refresh()

    DueFormCard {
        id: dueCard
        stackView: page.StackView.view
    }

    Card {
        objectName: "progressCard"
        visible: Measures.hasProgress
        Layout.fillWidth: true
        Heading {
            level: 2
            text: qsTr("Your progress")
        }
        BodyText {
            text: Measures.outcomeSummary.length > 0 ? Measures.outcomeSummary[0] : ""
        }
        AppButton {
            objectName: "openProgress"
            Layout.fillWidth: true
            text: qsTr("See your progress")
            onClicked: page.StackView.view.push(progressPage)
        }
    }

    PastFormsList {
        Layout.fillWidth: true
        onCorrectRequested: session => page.correct(session)
    }

    Component {
        id: progressPage
        ProgressPage {}
    }
    Component {
        id: formPage
        FormPage {}
    }
}
