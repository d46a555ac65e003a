#pragma once

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// The pairing page's camera scanner (docs/SYNC.md, "Scanning"): whether there is a camera,
// turning it on with a viewfinder, and the text of the first QR code it sees. Over the
// platform's qrscan::CodeScanner that main() (the camera) or the test harness (a fake)
// installs in AppContext; without one there is no camera. The camera is turned off when a
// code is found, on stop(), when the app locks and when it leaves the foreground.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum State { Idle, Scanning, NoCamera, CameraFailed };
    Q_ENUM(State)

    explicit QrScanner(AppContext &context, QObject *parent = nullptr);
    static QrScanner *create(QQmlEngine *, QJSEngine *);

    State state() const;

    // Looks again whether there is a camera (when the page opens).
    Q_INVOKABLE void refresh();
    // `viewfinder`: the VideoOutput showing what the camera sees.
    Q_INVOKABLE void start(QObject *viewfinder);
    Q_INVOKABLE void stop();

Q_SIGNALS:
    void stateChanged();
    // The text of the code: any text; the page checks it as a typed code. Never logged.
    void found(const QString &code);

private:
    AppContext &m_ctx;
};

} // namespace dit
