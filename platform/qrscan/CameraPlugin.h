#pragma once

// The one function the camera scanner plugin exports (CameraLoader opens it).
class QObject;

namespace dit::qrscan {

class CodeScanner;
// Makes the device's camera scanner as a child of `parent`.
using MakeCameraScanner = CodeScanner *(*)(QObject *parent);

} // namespace dit::qrscan

#define DIT_QRSCAN_PLUGIN_ENTRY "dit_qrscan_make_camera"
