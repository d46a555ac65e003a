#pragma once

#include "testing/FakeScanner.h"

#include <QObject>

namespace dit {

// Scanning the pairing code in QML tests (docs/SYNC.md): the harness's fake camera is there or
// not, fails or not, and "sees" a QR code of any text, which goes through the real frame
// scanner and decoder.
class ScanTestDriver : public QObject
{
    Q_OBJECT

public:
    explicit ScanTestDriver(qrscan::FakeScanner &scanner) : m_scanner(scanner) {}

    // A camera or none; one that fails when turned on (refused, busy).
    Q_INVOKABLE void setCamera(bool present, bool failsOnStart = false);
    // Shows the camera a QR code of `text` (drawn from core/sync/QrCode); false unless on.
    Q_INVOKABLE bool showCode(const QString &text);
    Q_INVOKABLE bool cameraOn() const;
    // How often the camera was turned on.
    Q_INVOKABLE int starts() const { return m_scanner.starts(); }
    // A whole pairing code (compact form, for the QR code) and its typed form.
    Q_INVOKABLE QString newPairingCode() const;
    Q_INVOKABLE QString typedForm(const QString &code) const;

private:
    qrscan::FakeScanner &m_scanner;
};

} // namespace dit
