import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import org.ditcompanion.app

// A date as day, month and year lists: operable by keyboard and screen reader, and readable
// at any text size. Says what was chosen; the view model checks it.
ColumnLayout {
    id: field
    property string label
    property int year: 2026
    property int month: 1
    property int day: 1
    property var years: [] // the years to offer, from the view model
    signal edited(int year, int month, int day)

    function monthNames() {
        const names = [];
        for (let m = 0; m < 12; ++m)
            names.push(Qt.locale().standaloneMonthName(m));
        return names;
    }
    function yearNames() {
        const names = [];
        for (let i = 0; i < years.length; ++i)
            names.push(String(years[i]));
        return names;
    }

    Layout.fillWidth: true
    spacing: 4

    Label {
        Layout.fillWidth: true
        text: field.label
        wrapMode: Text.Wrap
        font.pixelSize: Theme.fontBody
        color: Theme.text
    }
    GridLayout {
        Layout.fillWidth: true
        columns: width > Theme.fontBody * 22 ? 3 : 1
        columnSpacing: Theme.spacingSmall
        rowSpacing: Theme.spacingSmall
        ComboBox {
            objectName: field.objectName + "Day"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.fontBody * 4
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: 31
            displayText: String(currentIndex + 1)
            delegate: ItemDelegate {
                required property int index
                width: ListView.view ? ListView.view.width : implicitWidth
                text: String(index + 1)
                font.pixelSize: Theme.fontBody
            }
            currentIndex: field.day - 1
            Accessible.name: qsTr("%1: day").arg(field.label)
            onActivated: index => field.edited(field.year, field.month, index + 1)
        }
        ComboBox {
            objectName: field.objectName + "Month"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.fontBody * 8 // room for the longest month name ("November" was cut short)
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: field.monthNames()
            currentIndex: field.month - 1
            Accessible.name: qsTr("%1: month").arg(field.label)
            onActivated: index => field.edited(field.year, index + 1, field.day)
        }
        ComboBox {
            objectName: field.objectName + "Year"
            Layout.fillWidth: true
            Layout.preferredWidth: Theme.fontBody * 5
            Layout.minimumHeight: Theme.touchTarget
            font.pixelSize: Theme.fontBody
            model: field.yearNames()
            currentIndex: field.years.indexOf(field.year)
            Accessible.name: qsTr("%1: year").arg(field.label)
            onActivated: index => field.edited(field.years[index], field.month, field.day)
        }
    }
}
