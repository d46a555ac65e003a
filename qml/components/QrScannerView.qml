import QtQuick
import QtQuick.Layouts
import QtMultimedia
import org.ditcompanion.app

// The camera's picture while the pairing code is scanned (docs/SYNC.md, "Scanning"), a
// short instruction and Cancel. The camera is on only while this view exists; its frames
// are looked at for a code and never kept.
ColumnLayout {
    id: root
    signal cancelled

    spacing: Theme.spacing

    BodyText {
        text: qsTr("Point the camera at the code on your therapist’s tablet and hold the phone still. The code is read by itself.")
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        Layout.preferredWidth: Math.min(root.width, 420)
        Layout.preferredHeight: Layout.preferredWidth
        radius: Theme.radius
        color: "#000000" // behind the camera's picture, in both themes
        clip: true
        VideoOutput {
            id: viewfinder
            objectName: "scanViewfinder"
            anchors.fill: parent
            fillMode: VideoOutput.PreserveAspectCrop
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("What the camera sees")
        }
    }
    BodyText {
        muted: true
        text: qsTr("The camera is used only to read the code. Nothing it sees is saved.")
    }
    AppButton {
        id: cancel
        objectName: "cancelScan"
        Layout.fillWidth: true
        text: qsTr("Cancel")
        onClicked: root.cancelled()
    }

    Component.onCompleted: {
        QrScanner.start(viewfinder);
        cancel.forceActiveFocus();
    }
    Component.onDestruction: QrScanner.stop()
}
