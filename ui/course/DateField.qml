import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// A date as three boxed fields that take typed numbers (day, month, year; the app's one date
// picker, docs/ARCHITECTURE.md "Design module: controls"): operable by keyboard and screen reader, and
// readable at any text size. Says what was typed; the view model checks it.
ColumnLayout {
    id: field
    property string label
    property int year: 2026
    property int month: 1
    property int day: 1
    property var years: [] // the years to offer, from the view model
    signal edited(int year, int month, int day)

    // The parts as typed now, with the one just typed (a part not yet a whole number in
    // range keeps the chosen value).
    function send(part, value) {
        const shown = (p, chosen) => p.typed >= 0 ? p.typed : chosen;
        field.edited(part === yearPart ? value : shown(yearPart, field.year),
                     part === monthPart ? value : shown(monthPart, field.month),
                     part === dayPart ? value : shown(dayPart, field.day));
    }

    Layout.fillWidth: true
    spacing: 4

    FieldLabel {
        text: field.label
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacingSmall
        NumberField {
            id: dayPart
            objectName: field.objectName + "Day"
            Layout.preferredWidth: 2
            label: qsTr("Day")
            accessibleName: qsTr("%1: day").arg(field.label)
            from: 1
            to: 31
            value: field.day
            onEdited: value => field.send(dayPart, value)
        }
        NumberField {
            id: monthPart
            objectName: field.objectName + "Month"
            Layout.preferredWidth: 2
            label: qsTr("Month")
            accessibleName: qsTr("%1: month, 1 to 12").arg(field.label)
            from: 1
            to: 12
            value: field.month
            onEdited: value => field.send(monthPart, value)
        }
        NumberField {
            id: yearPart
            objectName: field.objectName + "Year"
            Layout.preferredWidth: 3
            label: qsTr("Year")
            accessibleName: qsTr("%1: year").arg(field.label)
            from: field.years.length > 0 ? field.years[0] : 2000
            to: field.years.length > 0 ? field.years[field.years.length - 1] : 2100
            value: field.year
            onEdited: value => field.send(yearPart, value)
        }
    }
}
