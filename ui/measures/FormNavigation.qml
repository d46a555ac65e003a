import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Back and next under a form's question. Next says "Skip" when the question has no answer:
// leaving one out is allowed (that questionnaire then has no total), and it should be a choice.
ToolBar {
    id: bar
    required property FormSession form
    // Emitted just before moving, so a typed answer still waiting to be saved is saved first.
    signal aboutToMove
    // True while one of the two buttons shows keyboard focus (the next question's first answer
    // then takes it).
    readonly property bool keyboardFocus: backButton.visualFocus || nextButton.visualFocus

    padding: Theme.spacingSmall
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    background: Rectangle {
        color: Theme.surface
        Rectangle {
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }
    // As wide as the question column above (ScrollPage's reading width), not the window: on a
    // tablet the buttons otherwise become two bars far from the answers.
    // At large text on a phone the two go one above the other, so "Previous" is never broken
    // inside the word (decided from the width and the type scale only, never from the
    // buttons' own sizes, so the layout cannot go round in circles).
    GridLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width, Theme.readingWidth)
        columns: width < Theme.fontBody * 18 ? 1 : 2
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacingSmall
        AppButton {
            id: backButton
            objectName: "formBack"
            Layout.fillWidth: true
            Layout.fillHeight: true // both the same height, icon or not
            Layout.preferredWidth: 1
            enabled: bar.form !== null && bar.form.canGoBack
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/back.svg"
            // Not "Back": that is the header's arrow, which leaves the form.
            text: qsTr("Previous")
            Accessible.name: qsTr("Previous question")
            onClicked: {
                bar.aboutToMove();
                bar.form.back();
            }
        }
        AppButton {
            id: nextButton
            objectName: "formNext"
            Layout.fillWidth: true
            Layout.fillHeight: true // both the same height, icon or not
            Layout.preferredWidth: 1
            // Skipping is allowed but not the suggested step: only "Next" is filled in.
            primary: bar.form !== null && (bar.form.answered || bar.form.position + 1 >= bar.form.count)
            enabled: bar.form !== null
            text: !bar.form ? "" : bar.form.position + 1 >= bar.form.count
                                   ? qsTr("Check answers")
                                   : bar.form.answered ? qsTr("Next") : qsTr("Skip")
            Accessible.name: !bar.form ? "" : bar.form.answered || bar.form.position + 1 >= bar.form.count
                                              ? text : qsTr("Skip this question")
            onClicked: {
                bar.aboutToMove();
                bar.form.next();
            }
        }
    }
}
