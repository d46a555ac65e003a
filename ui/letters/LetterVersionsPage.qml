pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import org.ditcompanion.app
import org.ditcompanion.design

// Every version of a letter, oldest first. Each save is kept as it was; versions made
// separately from the same earlier one are all listed. The therapist can mark a version final.
ScrollPage {
    id: page
    objectName: "letterVersionsPage"
    property string letterId: Letters.letterId
    title: qsTr("Versions")

    signal readRequested(string versionId)
    signal compareRequested(string toVersion)

    LetterReading {
        id: reading
        letterId: page.letterId
    }

    Heading {
        visible: reading.available
        text: reading.title
    }
    BodyText {
        visible: reading.available
        muted: true
        text: qsTr("Every time the letter was saved, the version is kept exactly as it was. Nothing here changes what a version says.")
    }
    EmptyState {
        objectName: "versionsEmpty"
        visible: !reading.available
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacingLarge
        iconSource: "qrc:/qt-project.org/imports/org/ditcompanion/design/icons/letter.svg"
        title: qsTr("No letter yet")
        body: qsTr("Each saved version of your letter will be listed here, kept exactly as it was.")
        actionText: qsTr("Back")
        onActionClicked: Nav.backRequested()
    }
    Notice {
        text: reading.versionNotice
    }
    Notice {
        isError: true
        text: reading.errorMessage
    }

    RepeatedRows {
        spacing: Theme.spacing
        model: reading.versions
        Card {
            id: versionCard
            required property var modelData
            required property int index
            Layout.fillWidth: true
            border.width: versionCard.modelData.shown ? 2 : 1
            border.color: versionCard.modelData.shown ? Theme.primary : Theme.divider

            Heading {
                level: 3
                text: versionCard.modelData.shown ? qsTr("%1 (shown)").arg(versionCard.modelData.label)
                                                  : versionCard.modelData.label
            }
            BodyText {
                muted: true
                text: versionCard.modelData.detail
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacingSmall
                AppButton {
                    objectName: "readVersion_" + versionCard.index
                    text: qsTr("Read")
                    Accessible.name: qsTr("Read %1").arg(versionCard.modelData.label)
                    onClicked: page.readRequested(versionCard.modelData.id)
                }
                AppButton {
                    objectName: "compareVersion_" + versionCard.index
                    visible: versionCard.index > 0
                    text: qsTr("What changed")
                    Accessible.name: qsTr("What changed in %1").arg(versionCard.modelData.label)
                    onClicked: page.compareRequested(versionCard.modelData.id)
                }
                // A therapist marks the version they give the patient: it then goes in the
                    // next hand-over file (with the versions it was made from).
                AppButton {
                    objectName: "markShared_" + versionCard.index
                    visible: Session.role === "therapist" && !versionCard.modelData.isShared
                    text: qsTr("Share with the patient")
                    fillColor: "transparent"
                    Accessible.description: qsTr("Marks this version as given to the patient. It goes in the next hand-over file for them, with the versions it was made from.")
                    onClicked: reading.markVersion(versionCard.modelData.id, "shared")
                }
                // Managing versions is the therapist's (the patient reads which one is final).
                AppButton {
                    objectName: "markFinal_" + versionCard.index
                    visible: Session.role === "therapist" && !versionCard.modelData.isFinal
                    text: qsTr("This is the final version")
                    fillColor: "transparent"
                    Accessible.description: qsTr("Marks this version as the one you agreed on. The letter opens on it.")
                    onClicked: reading.markVersion(versionCard.modelData.id, "final")
                }
            }
        }
    }
}
