#pragma once

#include "CodeScanner.h"

#include <QLibrary>
#include <QStringList>

namespace dit::qrscan {

// The device's camera scanner, loaded when it is first needed (docs/PERFORMANCE.md,
// "Start-up"): CameraScanner, Qt Multimedia, zxing-cpp and the audio and video libraries
// they bring live in a plugin (libdit_qrscan_camera.so) that this opens the first time the
// pairing page asks for the camera, so no other start loads them. It passes the plugin's
// state and the code it finds on as its own. Where the plugin cannot be opened it says
// NoCamera, as on a device without one; the pairing code can still be typed.
class CameraLoader final : public CodeScanner
{
    Q_OBJECT

public:
    // `folders`: where to look for the plugin, in order (pluginFolders() for the app).
    explicit CameraLoader(QStringList folders, QObject *parent = nullptr);
    ~CameraLoader() override;

    // The app's folders: the program's own (a build tree) and the installed plugin folder.
    static QStringList pluginFolders();

    void refresh() override;
    void start(QObject *viewfinder) override;
    void stop() override;

    // Whether the plugin has been opened (tests, the start-up figure).
    bool loaded() const { return m_camera != nullptr; }

private:
    bool load();

    QStringList m_folders;
    QLibrary m_library;
    CodeScanner *m_camera = nullptr; // owned by this (a child)
    bool m_tried = false;
};

} // namespace dit::qrscan
