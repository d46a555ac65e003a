pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// One library piece, rendered natively: headings, paragraphs, lists and quotes at the
// person's text size. Opening it marks it read; it can be marked unread again.
ScrollPage {
    id: page
    objectName: "learnArticlePage"
    property string articleId
    property ArticleContent article: null
    property bool read: false
    title: qsTr("Reading")

    function load() {
        if (article && article.articleId === articleId)
            return;
        article = articleId.length > 0 ? Library.open(articleId) : null;
        read = article !== null && article.found;
    }
    onArticleIdChanged: load()
    Component.onCompleted: load()

    Heading {
        objectName: "articleTitle"
        visible: page.article !== null && page.article.found
        text: page.article ? page.article.title : ""
    }
    BodyText {
        objectName: "articleMinutes"
        visible: page.article !== null && page.article.found
        muted: true
        text: page.article ? page.article.minutesText : ""
    }
    RepeatedRows {
        spacing: Theme.spacing
        model: page.article ? page.article.blocks : []
        ArticleBlock {
            required property var modelData
            required property int index
            objectName: "articleBlock_" + index
            kind: modelData.kind
            level: modelData.level
            styledText: modelData.text
            plainText: modelData.plain
        }
    }
    EmptyState {
        objectName: "articleMissing"
        Layout.fillWidth: true
        visible: page.article === null || !page.article.found
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/learn.svg"
        title: qsTr("This piece is not here")
        body: qsTr("It may have been removed. The other pieces are in Learn.")
        actionText: qsTr("Back")
        onActionClicked: Nav.backRequested()
    }
    AppButton {
        objectName: "articleMarkUnread"
        Layout.topMargin: Theme.spacing
        visible: page.article !== null && page.article.found
        text: page.read ? qsTr("Mark as not read") : qsTr("Marked as not read")
        enabled: page.read
        onClicked: {
            Library.markUnread(page.articleId);
            page.read = false;
        }
    }
}
