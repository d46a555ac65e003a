pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// What changed between two versions of a letter, section by section. Added words are shown
// as [+ words +] and underlined, taken-out words as [- words -] and struck through, so the
// changes read without colour too.
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
        insertedColor: Theme.inserted
        deletedColor: Theme.deleted
    }

    EmptyState {
        visible: !comparison.available
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/app/icons/letter.svg"
        title: qsTr("Only one version so far")
        body: qsTr("When a new version of this letter arrives, you can see here what changed.")
    }

    ColumnLayout {
        visible: comparison.available
        Layout.fillWidth: true
        spacing: Theme.spacing

        BodyText {
            objectName: "compareSummary"
            text: comparison.summary
        }
        GridLayout {
            Layout.fillWidth: true
            columns: page.width > 560 ? 2 : 1
            columnSpacing: Theme.spacing
            rowSpacing: Theme.spacingSmall
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Earlier")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                ComboBox {
                    objectName: "compareFrom"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: comparison.versions
                    textRole: "label"
                    valueRole: "id"
                    font.pixelSize: Theme.fontBody
                    displayText: comparison.fromLabel
                    Accessible.name: qsTr("Earlier version: %1").arg(comparison.fromLabel)
                    onActivated: page.fromVersion = currentValue
                }
            }
            ColumnLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Later")
                    color: Theme.text
                    font.pixelSize: Theme.fontBody
                }
                ComboBox {
                    objectName: "compareTo"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: comparison.versions
                    textRole: "label"
                    valueRole: "id"
                    font.pixelSize: Theme.fontBody
                    displayText: comparison.toLabel
                    Accessible.name: qsTr("Later version: %1").arg(comparison.toLabel)
                    onActivated: page.toVersion = currentValue
                }
            }
        }
        Card {
            objectName: "compareLegend"
            Layout.fillWidth: true
            Heading {
                level: 3
                text: qsTr("How changes are shown")
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.StyledText
                text: comparison.insertedExample
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Words added in the later version are shown between plus signs and underlined.")
            }
            Label {
                Layout.fillWidth: true
                textFormat: Text.StyledText
                text: comparison.deletedExample
                wrapMode: Text.Wrap
                color: Theme.text
                font.pixelSize: Theme.fontBody
                Accessible.name: qsTr("Words taken out are shown between minus signs and struck through.")
            }
        }
        AppSwitch {
            objectName: "showUnchanged"
            Layout.fillWidth: true
            text: qsTr("Show sections with no changes too")
            checked: page.showUnchanged
            onToggled: page.showUnchanged = checked
        }
    }

    Repeater {
        model: comparison.sections

        ColumnLayout {
            id: sectionItem
            required property int index
            required property string heading
            required property string change
            required property string changeText
            required property string styled
            required property string spoken
            visible: comparison.available && (page.showUnchanged || sectionItem.change !== "same")
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
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
                font.weight: Font.DemiBold
                color: Theme.textMuted
                Accessible.ignored: true
            }
            Label {
                objectName: "compareText_" + sectionItem.index
                Layout.fillWidth: true
                textFormat: Text.StyledText
                text: sectionItem.styled
                wrapMode: Text.Wrap
                lineHeight: 1.4
                font.family: Letters.readingFamily
                font.pixelSize: Theme.fontReading
                color: sectionItem.change === "same" ? Theme.textMuted : Theme.text
                Accessible.role: Accessible.StaticText
                Accessible.name: sectionItem.spoken
            }
        }
    }
}
