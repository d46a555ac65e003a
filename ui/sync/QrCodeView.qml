pragma ComponentBehavior: Bound
import QtQuick

// A QR code from its modules (SyncPairing.qrModules, row by row): dark on white in both
// themes, as scanners expect, with the four-module quiet zone the standard asks for. The
// modules are whole pixels, so the code stays sharp.
Rectangle {
    id: root
    property int modulesWide: 0
    property var modules: []
    // At most this wide; the modules are as large as fit.
    property real maximumSize: 360
    readonly property int quiet: 4
    readonly property int moduleSize: modulesWide > 0
                                      ? Math.max(2, Math.floor(maximumSize / (modulesWide + 2 * quiet)))
                                      : 0

    implicitWidth: moduleSize * (modulesWide + 2 * quiet)
    implicitHeight: implicitWidth
    color: "#ffffff" // not a Theme colour on purpose: a QR code is dark on white
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Pairing QR code")

    Repeater {
        model: root.modules.length
        Rectangle {
            required property int index
            visible: root.modules[index] === true
            x: (root.quiet + index % root.modulesWide) * root.moduleSize
            y: (root.quiet + Math.floor(index / root.modulesWide)) * root.moduleSize
            width: root.moduleSize
            height: root.moduleSize
            color: "#000000"
        }
    }
}
