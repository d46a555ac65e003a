import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Pre-session forms and progress: the form due now, progress so far, and earlier forms,
// including any not filled in (shown plainly, never hidden).
// One ListView (PastFormsList): the due form and progress are its header, the earlier forms
// its rows, so only the forms on screen are made (docs/PERFORMANCE.md).
Page {
    id: page
    objectName: "measuresPage"
    title: qsTr("Measures")
    property alias flickable: list

    // Opens the due form ("form") or the progress page ("progress"); used by --page.
    function open(what) {
        if (what === "form") {
            // As the due form card's button does.
            if (Measures.openDueForm())
                page.StackView.view.push(formPage);
        } else if (what === "progress") {
            page.StackView.view.push(progressPage);
        }
    }
    function correct(session) {
        if (Measures.openCorrection(session))
            page.StackView.view.push(formPage);
    }

    // Made and first activated: one refresh for both (docs/PERFORMANCE.md).
    property bool activated: false
    Component.onCompleted: Measures.refresh()
    StackView.onActivated: {
        if (activated)
            Measures.refresh();
        activated = true;
    }

    background: Rectangle {
        color: Theme.background
    }

    // On a tablet, two columns: the due form and progress at the left (scrolling on their
    // own), the earlier forms beside them; on a phone or with large text, all in one list
    // (Home's rule for its two columns, from the two-pane width).
    readonly property bool twoColumns: width >= Theme.twoPaneWidth && list.pageColumnWidth >= Theme.fontBody * 40

    PastFormsList {
        id: list
        anchors.fill: parent
        sideWidth: page.twoColumns ? (pageColumnWidth - Theme.spacingLarge) / 2 : 0
        onCorrectRequested: session => page.correct(session)
        header: ColumnLayout {
            id: head
            readonly property PastFormsList view: head.ListView.view as PastFormsList
            x: view ? view.columnX : 0
            width: view ? view.columnWidth : 0
            spacing: Theme.spacing
            // The header grows after the first layout (its text wrapping): stay at the top if
            // there, rather than start part-way into it.
            property real shownHeight: 0
            onHeightChanged: {
                const list = head.ListView.view;
                if (list && list.contentY <= -head.shownHeight + 1)
                    Qt.callLater(list.positionViewAtBeginning);
                head.shownHeight = height;
            }

            Item {
                Layout.preferredHeight: Theme.spacingLarge - Theme.spacing
            }
            Loader {
                objectName: "measuresSummaryInList"
                active: !page.twoColumns // qmllint disable unqualified
                visible: active
                Layout.fillWidth: true
                sourceComponent: summary // qmllint disable unqualified
            }

            Heading {
                visible: Measures.pastForms.count > 0
                Layout.topMargin: Theme.spacingSmall
                Layout.bottomMargin: Theme.spacing
                level: 2
                text: qsTr("Earlier forms")
            }
        }
    }

    // The side column on a tablet.
    Flickable {
        objectName: "measuresSide"
        visible: page.twoColumns
        x: list.pageColumnX
        width: list.sideWidth
        height: parent.height
        contentWidth: width
        contentHeight: sideColumn.implicitHeight + 2 * Theme.spacingLarge
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        Loader {
            id: sideColumn
            objectName: "measuresSummaryBeside"
            y: Theme.spacingLarge
            width: parent.width
            active: page.twoColumns
            sourceComponent: summary
        }
    }

    // The due form and progress: at the top of the list on a phone, beside it on a tablet.
    Component {
        id: summary
        ColumnLayout {
            spacing: Theme.spacing
            DueFormCard {
                stackView: page.StackView.view // qmllint disable unqualified
            }

            Card {
                objectName: "progressCard"
                visible: Measures.hasProgress
                Layout.fillWidth: true
                Heading {
                    level: 2
                    text: qsTr("Your progress")
                }
                // The plain headline, as the Progress page opens; the questionnaires' names and
                // the detail are there.
                BodyText {
                    objectName: "progressCardWords"
                    text: Measures.progressHeadline.length > 0 ? Measures.progressHeadline
                          : Measures.outcomeSummary.length > 0 ? Measures.outcomeSummary[0] : ""
                }
                AppButton {
                    objectName: "openProgress"
                    Layout.fillWidth: true
                    text: qsTr("See your progress")
                    onClicked: page.open("progress") // qmllint disable unqualified
                }
            }
        }
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
