#pragma once

#include <QObject>
#include <QString>

namespace dit::qrscan {

// Something that looks for a QR code through a camera: the phone's (CameraScanner) or a
// test's (FakeScanner). The pairing page uses it through the QrScanner view model.
class CodeScanner : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Idle,         // ready; not looking
        Scanning,     // the camera is on and frames are being read
        NoCamera,     // this device has no camera
        CameraFailed, // there is one, but it could not be used (refused, busy, broken)
    };

    using QObject::QObject;

    // Looks again whether a camera is there (Idle or NoCamera). Call when a page opens.
    virtual void refresh() = 0;
    // Turns the camera on and starts reading. `viewfinder` is a QML VideoOutput to show the
    // picture in, or nullptr. Ends in Scanning, NoCamera or CameraFailed.
    virtual void start(QObject *viewfinder) = 0;
    // Turns the camera off at once (also done by itself when a code was found).
    virtual void stop() = 0;

    State state() const { return m_state; }

Q_SIGNALS:
    void stateChanged();
    // The text holds a secret: receivers wipe their copy when done. Never logged.
    void found(const QString &text);

protected:
    void setState(State state)
    {
        if (state == m_state)
            return;
        m_state = state;
        Q_EMIT stateChanged();
    }

private:
    State m_state = State::Idle;
};

} // namespace dit::qrscan
