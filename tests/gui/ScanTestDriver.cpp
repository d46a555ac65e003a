#include "ScanTestDriver.h"

#include "sync/Pairing.h"
#include "testing/QrPicture.h"

namespace dit {

void ScanTestDriver::setCamera(bool present, bool failsOnStart)
{
    m_scanner.present = present;
    m_scanner.failOnStart = failsOnStart;
    m_scanner.refresh();
}

bool ScanTestDriver::showCode(const QString &text)
{
    if (!cameraOn())
        return false;
    m_scanner.show(qrscan::qrPicture(text, 4));
    return true;
}

bool ScanTestDriver::cameraOn() const
{
    return m_scanner.state() == qrscan::CodeScanner::State::Scanning;
}

QString ScanTestDriver::newPairingCode() const
{
    sync::PairingPayload p;
    p.server = QUrl(QStringLiteral("https://sync.example-clinic.org"));
    p.pairKey = sync::PairKeys::newPairKey();
    return p.compact();
}

QString ScanTestDriver::typedForm(const QString &code) const
{
    auto payload = sync::PairingPayload::parse(code);
    return payload ? payload.value().typed() : QString();
}

} // namespace dit
