import QtQuick
import QtQuick.Controls
import QtQuick.Controls.impl
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Earlier sessions' forms, latest first: filled in (with the totals), not finished (kept
// when the form closed unsubmitted) or "Not filled in"; a risk answer is marked in words, not
// by colour. A filled-in form can be corrected (its row is a button that opens it to change
// an answer); the correction is kept beside the original.
//
// A ListView, so only the forms on screen are made however long the history; the page puts
// what comes above the list in its `header` (docs/PERFORMANCE.md). Its content keeps a
// ScrollPage's reading width, centred on tablets. Not a bound component: Qt 6.4 cannot make a
// bound ListView's delegates, so they reach the list through ListView.view.
ListView {
    id: list
    signal correctRequested(int session)
    // Room kept at the left of the page's width for a side column (the page's own, on a
    // tablet): the rows take what is left.
    property real sideWidth: 0
    readonly property real pageColumnWidth: Math.min(width - 2 * Theme.spacing, Theme.pageWidth)
    readonly property real pageColumnX: (width - pageColumnWidth) / 2
    readonly property real sideSpace: sideWidth > 0 ? sideWidth + Theme.spacingLarge : 0
    readonly property real columnWidth: pageColumnWidth - sideSpace
    readonly property real columnX: pageColumnX + sideSpace
    spacing: 0
    clip: true
    boundsBehavior: Flickable.StopAtBounds
    ScrollBar.vertical: ScrollBar {}
    model: Measures.pastForms
    footer: Item {
        height: Theme.spacingLarge
    }
    // One list row per form: what it was and when, and its state in words. Where the form
    // can be corrected the whole row is one button (a chevron at its end) that opens it to
    // change an answer: no button on every row. A row that cannot be opened says why.
    delegate: Rectangle {
        id: pastCard
        required property int index
        required property int session
        required property string title
        required property string date
        required property int formState
        required property string stateLabel
        required property string summary
        required property bool canCorrect
        required property bool unfinished
        required property bool flagged
        objectName: "pastForm_" + session
        readonly property PastFormsList view: pastCard.ListView.view as PastFormsList
        x: view ? view.columnX : 0
        width: view ? view.columnWidth : 0
        implicitHeight: Math.max(Theme.touchTarget, rowLayout.implicitHeight + 2 * Theme.spacingSmall)
        color: open.down ? Theme.surfaceAlt : Theme.surface
        radius: index === 0 || (view && index === view.count - 1) ? Theme.radius : 0
        readonly property string described: title + ", " + date + ": " + stateLabel + (flagged ? ". " + flagText.text : "")
        Accessible.role: Accessible.Grouping
        Accessible.name: described
        Accessible.ignored: canCorrect // the row's button says it all
        // Square where the rows meet: only the list's outer corners are round.
        Rectangle {
            visible: pastCard.radius > 0 && pastCard.view !== null && pastCard.view.count > 1
            z: -1
            y: pastCard.index === 0 ? parent.height / 2 : 0
            width: parent.width
            height: parent.height / 2
            color: parent.color
        }
        // The divider between rows.
        Rectangle {
            visible: pastCard.view && pastCard.index < pastCard.view.count - 1
            anchors.bottom: parent.bottom
            x: Theme.spacing
            width: parent.width - 2 * Theme.spacing
            height: 1
            color: Theme.divider
        }

        GridLayout {
            id: rowLayout
            x: Theme.spacing
            y: Theme.spacingSmall
            width: parent.width - 2 * Theme.spacing
            columns: 2
            columnSpacing: Theme.spacingSmall
            rowSpacing: Theme.spacingSmall
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacingSmall
                    Heading {
                        level: 3
                        text: pastCard.title
                    }
                    Label {
                        objectName: "pastFormState"
                        text: pastCard.stateLabel
                        font.pixelSize: Theme.fontSmall
                        font.weight: Font.DemiBold
                        color: pastCard.formState === Measures.Done ? Theme.text : Theme.textMuted
                    }
                }
                BodyText {
                    muted: true
                    font.pixelSize: Theme.fontSmall
                    text: pastCard.date
                }
                BodyText {
                    visible: text.length > 0
                    text: pastCard.summary
                }
                BodyText {
                    objectName: "pastFormUnfinished"
                    visible: pastCard.unfinished
                    muted: true
                    text: qsTr("Not submitted: what you had answered when the form closed is kept as it was.")
                }
                // Why there is nothing to open.
                BodyText {
                    objectName: "pastFormClosed"
                    visible: pastCard.formState === Measures.Missed && !pastCard.unfinished
                    muted: true
                    text: qsTr("The time for this form has passed, so it can no longer be filled in.")
                }
                BodyText {
                    id: flagText
                    objectName: "pastFormFlagged"
                    visible: pastCard.flagged
                    text: qsTr("Includes an answer about your safety; it is marked in the record.")
                }
            }
            // The row opens: as on every list row that does (notes, Learn).
            IconImage {
                visible: pastCard.canCorrect
                Layout.alignment: Qt.AlignVCenter
                source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/chevron.svg"
                sourceSize.width: Theme.iconSize
                sourceSize.height: Theme.iconSize
                color: Theme.textMuted
                Accessible.ignored: true
            }
        }
        // Over the whole row, so a tap anywhere on it opens the form; by keyboard, Tab reaches
        // it and Return or Space opens it. Only where the form can be corrected.
        AbstractButton {
            id: open
            objectName: "correctForm_" + pastCard.session
            visible: pastCard.canCorrect
            anchors.fill: parent
            focusPolicy: Qt.StrongFocus
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("%1. Open it to change an answer").arg(pastCard.described)
            Keys.onReturnPressed: open.clicked()
            Keys.onEnterPressed: open.clicked()
            onClicked: pastCard.view.correctRequested(pastCard.session)
            background: FocusRing {
                target: open
                anchors.margins: 3 // inside the row: the list clips what is outside
            }
        }
    }
}
