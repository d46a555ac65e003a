#include "CameraLoader.h"

#include "CameraPlugin.h"
#include "common/Logging.h"

#include <QCoreApplication>
#include <QDir>

namespace dit::qrscan {

CameraLoader::CameraLoader(QStringList folders, QObject *parent)
    : CodeScanner(parent), m_folders(std::move(folders))
{}

CameraLoader::~CameraLoader()
{
    // The camera's code is in the library: delete it before the library may go.
    delete m_camera;
    m_camera = nullptr;
}

QStringList CameraLoader::pluginFolders()
{
    const QString bin = QCoreApplication::applicationDirPath();
    return {bin, QDir(bin).filePath(QStringLiteral("../lib/dit-companion"))};
}

bool CameraLoader::load()
{
    if (m_camera || m_tried)
        return m_camera != nullptr;
    m_tried = true;
    for (const QString &folder : std::as_const(m_folders)) {
        const QString file = QDir(folder).filePath(QStringLiteral(DIT_QRSCAN_PLUGIN_FILE));
        if (!QFile::exists(file))
            continue;
        m_library.setFileName(file);
        const auto make =
            reinterpret_cast<MakeCameraScanner>(m_library.resolve(DIT_QRSCAN_PLUGIN_ENTRY));
        if (!make) {
            qCWarning(lcSync, "camera scanner plugin not usable: %s",
                      qPrintable(m_library.errorString()));
            continue;
        }
        m_camera = make(this);
        connect(m_camera, &CodeScanner::stateChanged, this,
                [this] { setState(m_camera->state()); });
        connect(m_camera, &CodeScanner::found, this, &CodeScanner::found);
        return true;
    }
    qCWarning(lcSync, "camera scanner plugin not found; scanning is off");
    return false;
}

void CameraLoader::refresh()
{
    if (!load()) {
        setState(State::NoCamera);
        return;
    }
    m_camera->refresh();
    setState(m_camera->state());
}

void CameraLoader::start(QObject *viewfinder)
{
    if (!load()) {
        setState(State::NoCamera);
        return;
    }
    m_camera->start(viewfinder);
    setState(m_camera->state());
}

void CameraLoader::stop()
{
    if (m_camera)
        m_camera->stop();
}

} // namespace dit::qrscan
