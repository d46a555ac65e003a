// The camera scanner plugin (libdit_qrscan_camera.so): CameraScanner and what it links, opened
// by CameraLoader only when the pairing page asks for the camera.
#include "CameraPlugin.h"

#include "CameraScanner.h"

extern "C" Q_DECL_EXPORT dit::qrscan::CodeScanner *dit_qrscan_make_camera(QObject *parent)
{
    return new dit::qrscan::CameraScanner(parent);
}
