pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// The library's list (Library.articles) with its section headings; says which piece was
// chosen. A file of its own so the page that pushes pages can stay unbound.
ColumnLayout {
    id: list
    signal opened(string articleId)

    Layout.fillWidth: true
    spacing: Theme.spacingSmall

    RepeatedRows {
        model: Library.articles
        ColumnLayout {
            id: entry
            required property int index
            required property string articleId
            required property string title
            required property string summary
            required property string snippet
            required property string minutesText
            required property bool isRead
            required property string section
            required property bool firstInSection
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Heading {
                objectName: "learnSection_" + entry.index
                visible: entry.firstInSection && entry.section.length > 0
                Layout.topMargin: entry.index > 0 ? Theme.spacing : 0
                level: 2
                text: entry.section
            }
            ArticleDelegate {
                objectName: "article_" + entry.articleId
                title: entry.title
                summary: entry.summary
                snippet: entry.snippet
                minutesText: entry.minutesText
                isRead: entry.isRead
                onClicked: list.opened(entry.articleId)
            }
        }
    }
}
