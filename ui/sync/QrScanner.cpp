#include "QrScanner.h"

#include "AppContext.h"
#include "qrscan/CodeScanner.h"

#include <QGuiApplication>

namespace dit {

using qrscan::CodeScanner;

QrScanner::QrScanner(AppContext &context, QObject *parent) : QObject(parent), m_ctx(context)
{
    if (CodeScanner *scanner = m_ctx.codeScanner()) {
        connect(scanner, &CodeScanner::stateChanged, this, &QrScanner::stateChanged);
        connect(scanner, &CodeScanner::found, this, &QrScanner::found);
    }
    connect(&m_ctx, &AppContext::storeClosing, this, &QrScanner::stop);
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this,
                [this](Qt::ApplicationState s) {
                    if (s != Qt::ApplicationActive)
                        stop();
                });
}

QrScanner *QrScanner::create(QQmlEngine *, QJSEngine *)
{
    auto *o = new QrScanner(*AppContext::instance());
    QQmlEngine::setObjectOwnership(o, QQmlEngine::CppOwnership);
    return o;
}

QrScanner::State QrScanner::state() const
{
    const CodeScanner *scanner = m_ctx.codeScanner();
    if (!scanner)
        return NoCamera;
    switch (scanner->state()) {
    case CodeScanner::State::Idle:
        return Idle;
    case CodeScanner::State::Scanning:
        return Scanning;
    case CodeScanner::State::NoCamera:
        return NoCamera;
    case CodeScanner::State::CameraFailed:
        return CameraFailed;
    }
    return NoCamera;
}

void QrScanner::refresh()
{
    if (CodeScanner *scanner = m_ctx.codeScanner())
        scanner->refresh();
}

void QrScanner::start(QObject *viewfinder)
{
    if (CodeScanner *scanner = m_ctx.codeScanner())
        scanner->start(viewfinder);
}

void QrScanner::stop()
{
    if (CodeScanner *scanner = m_ctx.codeScanner())
        scanner->stop();
}

} // namespace dit
