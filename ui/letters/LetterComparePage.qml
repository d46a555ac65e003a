pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// What changed in a version of the letter since the one before it, section by section: the
// words as they read now, with what is new on a soft highlight (explained once, at the top),
// and how a changed section read before on request. No diff marks, no counts
// (docs/LETTERS.md). Another pair of versions is chosen from the versions list.
ScrollPage {
    id: page
    objectName: "letterComparePage"
    property string letterId: Letters.letterId
    property string fromVersion
    property string toVersion
    property bool showUnchanged: false
    title: qsTr("What changed")

    LetterComparison {
        id: comparison
        letterId: page.letterId
        fromVersion: page.fromVersion
        toVersion: page.toVersion
        tint: Theme.changedTint
    }

    EmptyState {
        visible: !comparison.available
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("Only one version so far")
        body: qsTr("When a new version of this letter arrives, you can see here what changed.")
    }

    BodyText {
        objectName: "compareSummary"
        visible: comparison.available
        text: comparison.summary
    }
    // The one explanation of the highlight, shown the way the sections show it.
    Label {
        objectName: "compareKey"
        visible: comparison.available
        Layout.fillWidth: true
        textFormat: Text.RichText
        wrapMode: Text.Wrap
        color: Theme.text
        font.pixelSize: Theme.fontBody
        text: qsTr("Words that are new in this version have a %1.")
              .arg("<span style=\"background-color:" + Theme.changedTint + "\">"
                   + qsTr("soft highlight") + "</span>")
        Accessible.name: qsTr("Words that are new in this version have a soft highlight. A screen reader says “new” before them.")
    }
    AppSwitch {
        objectName: "showUnchanged"
        visible: comparison.available
        Layout.fillWidth: true
        text: qsTr("Show the sections that did not change")
        checked: page.showUnchanged
        onToggled: page.showUnchanged = checked
    }

    RepeatedRows {
        Layout.topMargin: Theme.spacing
        spacing: 2 * Theme.spacing
        model: comparison.sections

        ColumnLayout {
            id: sectionItem
            required property int index
            required property string heading
            required property string change
            required property string changeText
            required property string later
            required property string laterSpoken
            required property string earlier
            required property string earlierSpoken
            property bool showEarlier: false
            visible: comparison.available && (page.showUnchanged || sectionItem.change !== "same")
            Layout.fillWidth: true
            spacing: Theme.spacingSmall

            Label {
                Layout.fillWidth: true
                text: sectionItem.heading
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontTitle
                font.weight: Font.DemiBold
                color: Theme.text
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                Accessible.role: Accessible.Heading
                Accessible.name: text + ", " + sectionItem.changeText
            }
            Label {
                text: sectionItem.changeText
                font.pixelSize: Theme.fontSmall
                color: Theme.textMuted
                Accessible.ignored: true
            }
            // As it reads now (a section taken out: as it read).
            Label {
                objectName: "compareText_" + sectionItem.index
                Layout.fillWidth: true
                textFormat: Text.RichText
                text: sectionItem.change === "removed" ? sectionItem.earlier : sectionItem.later
                wrapMode: Text.Wrap
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontReading
                color: sectionItem.change === "same" || sectionItem.change === "removed"
                       ? Theme.textMuted : Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: sectionItem.change === "removed" ? sectionItem.earlierSpoken
                                                                   : sectionItem.laterSpoken
            }
            AppButton {
                objectName: "showEarlier_" + sectionItem.index
                visible: sectionItem.change === "changed"
                text: sectionItem.showEarlier ? qsTr("Hide how it read before") : qsTr("How it read before")
                fillColor: "transparent"
                Accessible.name: sectionItem.showEarlier ? qsTr("Hide how %1 read before").arg(sectionItem.heading)
                                                         : qsTr("How %1 read before").arg(sectionItem.heading)
                onClicked: sectionItem.showEarlier = !sectionItem.showEarlier
            }
            Label {
                objectName: "compareEarlier_" + sectionItem.index
                visible: sectionItem.showEarlier && sectionItem.change === "changed"
                Layout.fillWidth: true
                Layout.leftMargin: Theme.spacing
                textFormat: Text.RichText
                text: sectionItem.earlier
                wrapMode: Text.Wrap
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontReading
                color: Theme.textMuted
                Accessible.role: Accessible.StaticText
                Accessible.name: sectionItem.earlierSpoken
            }
        }
    }
}
