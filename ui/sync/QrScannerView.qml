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
        text: qsTr("Point the camera at the code on your therapist’s tablet. It is read by itself.")
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        // Square, and small enough on a short screen to leave Cancel in view.
        Layout.preferredWidth: Math.min(root.width, 420, Math.max(200, root.Window.height * 0.35))
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
    AppButton {
        id: cancel
        objectName: "cancelScan"
        Layout.fillWidth: true
        text: qsTr("Cancel")
        onClicked: root.cancelled()
    }
    BodyText {
        muted: true
        text: qsTr("The camera is used only to read the code. Nothing it sees is saved.")
    }

    Component.onCompleted: {
        QrScanner.start(viewfinder);
        cancel.forceActiveFocus();
    }
    Component.onDestruction: QrScanner.stop()
}
