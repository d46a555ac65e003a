import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// Reading about DIT: short pieces in plain words, those for where you are now first,
// searchable, with what you have read marked.
ScrollPage {
    id: page
    objectName: "learnPage"
    title: qsTr("Learn")

    function openArticle(id) {
        page.StackView.view.push(articleComponent, { articleId: id });
    }

    BodyText {
        text: qsTr("Short pieces about how this therapy works and what each part can feel like.")
    }
    SearchField {
        objectName: "learnSearch"
        placeholder: qsTr("Search, for example “breaks”")
        accessibleName: qsTr("Search the reading")
        text: Library.query
        onTextChanged: Library.query = text
    }
    BodyText {
        objectName: "learnResults"
        visible: text.length > 0
        muted: true
        text: Library.resultsText
    }
    ArticleList {
        objectName: "learnList"
        onOpened: id => page.openArticle(id)
    }
    Notice {
        objectName: "learnProblems"
        text: Library.problemsText
    }

    Component {
        id: articleComponent
        LearnArticlePage {}
    }
}
