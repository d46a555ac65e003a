import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// My focus: the pattern agreed with the therapist, in the person's own words, with their
// reflections beside it and its earlier versions kept.
ScrollPage {
    id: page
    objectName: "focusPage"
    title: qsTr("My focus")

    // --- Before there is a focus: what it is, and when it usually comes.
    Card {
        objectName: "focusEmpty"
        Layout.fillWidth: true
        visible: !MyFocus.hasFocus
        EmptyState {
            Layout.fillWidth: true
            iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/focus.svg"
            title: qsTr("Your focus will go here")
            body: qsTr("In this therapy you and your therapist agree on a focus: a pattern that keeps coming up in your relationships, and the feelings that go with it. It is usually agreed around session 4. When you have it, you can write it here in your own words.")
        }
        AppButton {
            objectName: "focusWrite"
            Layout.fillWidth: true
            primary: true
            text: qsTr("Write down my focus")
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/edit.svg"
            onClicked: page.StackView.view.push(editComponent)
        }
        AppButton {
            objectName: "focusReadAbout"
            Layout.fillWidth: true
            text: qsTr("Read about the focus")
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/learn.svg"
            onClicked: page.StackView.view.push(articleComponent, { articleId: "your-focus" })
        }
    }

    // --- The focus.
    BodyText {
        objectName: "focusAgreed"
        visible: MyFocus.hasFocus
        muted: true
        text: MyFocus.agreedText
    }
    Notice {
        objectName: "focusDiverged"
        text: MyFocus.diverged ? qsTr("Your focus was changed in two places at once. The most recent version is shown; both are kept under Earlier versions.") : ""
    }
    Card {
        objectName: "focusPattern"
        Layout.fillWidth: true
        visible: MyFocus.hasFocus
        spacing: Theme.spacing
        Heading {
            level: 2
            text: qsTr("The pattern")
        }
        FocusPart {
            objectName: "focusSelf"
            label: qsTr("How I see myself")
            text: MyFocus.selfRepresentation
        }
        FocusPart {
            objectName: "focusOthers"
            label: qsTr("How I see other people")
            text: MyFocus.otherRepresentation
        }
        FocusPart {
            objectName: "focusFeeling"
            label: qsTr("The feeling that links them")
            text: MyFocus.affect
        }
        FocusPart {
            objectName: "focusProtects"
            label: qsTr("What the pattern protects me from")
            text: MyFocus.defensiveFunction
        }
    }
    Card {
        objectName: "focusWords"
        Layout.fillWidth: true
        visible: MyFocus.ownWords.length > 0 || MyFocus.handles.length > 0
        FocusPart {
            label: qsTr("In my own words")
            text: MyFocus.ownWordsQuoted
        }
        FocusPart {
            objectName: "focusHandles"
            label: qsTr("What we call it")
            text: MyFocus.handlesQuoted
        }
    }
    Card {
        objectName: "focusGoals"
        Layout.fillWidth: true
        visible: MyFocus.goals.length > 0
        Heading {
            level: 2
            text: qsTr("Goals we agreed")
        }
        RepeatedRows {
            model: MyFocus.goals
            ArticleBlock {
                required property string modelData
                kind: "bullet"
                styled: false
                styledText: modelData
                plainText: modelData
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        visible: MyFocus.hasFocus
        spacing: Theme.spacingSmall
        AppButton {
            objectName: "focusEdit"
            Layout.fillWidth: true
            text: qsTr("Change my focus")
            icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/edit.svg"
            onClicked: page.StackView.view.push(editComponent)
        }
        AppButton {
            objectName: "focusHistory"
            Layout.fillWidth: true
            visible: MyFocus.versionCount > 1
            text: qsTr("Earlier versions (%1)").arg(MyFocus.versionCount - 1)
            onClicked: page.StackView.view.push(historyComponent)
        }
    }

    // --- Reflections beside it.
    Heading {
        level: 2
        Layout.topMargin: Theme.spacing
        text: qsTr("My reflections")
    }
    BodyText {
        muted: true
        text: qsTr("Your own thoughts about the pattern: when you noticed it, what happened, what you wonder about. They sit beside the focus and do not change it.")
    }
    AppButton {
        objectName: "reflectionAdd"
        Layout.fillWidth: true
        text: qsTr("Add a reflection")
        icon.source: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/plus.svg"
        onClicked: page.StackView.view.push(reflectionComponent)
    }
    ReflectionList {
        objectName: "reflectionList"
        onEditRequested: (id, thread, text) => page.StackView.view.push(reflectionComponent,
                                                                        { reflectionId: id, thread: thread, initialText: text })
    }
    Notice {
        isError: true
        text: MyFocus.errorMessage
    }

    Component {
        id: editComponent
        FocusEditPage {}
    }
    Component {
        id: historyComponent
        FocusHistoryPage {}
    }
    Component {
        id: reflectionComponent
        ReflectionEditPage {}
    }
    Component {
        id: articleComponent
        LearnArticlePage {}
    }
}
