#include "KdfCalibration.h"

#include <QElapsedTimer>

#include <algorithm>

namespace dit {

std::uint64_t KdfCalibration::passesFor(qint64 floorDerivationMs, qint64 budgetMs)
{
    // A derivation that took no measurable time (a very fast core) affords the cap.
    if (floorDerivationMs <= 0)
        return kCapPasses;
    const auto passes = std::uint64_t(std::max<qint64>(0, budgetMs)) * kFloorPasses /
                        std::uint64_t(floorDerivationMs);
    return std::clamp(passes, kFloorPasses, kCapPasses);
}

KdfParams KdfCalibration::calibrated(const Timer &timeMs, qint64 budgetMs)
{
    KdfParams params = KdfParams::recommended();
    KdfParams probe = params;
    probe.opsLimit = kFloorPasses;
    params.opsLimit = passesFor(timeMs(probe), budgetMs);
    return params;
}

qint64 KdfCalibration::timeDerivationMs(const KdfParams &params)
{
    const SecretBytes throwaway = SecretBytes::random(16);
    QElapsedTimer timer;
    timer.start();
    // A failure (out of memory) is reported by the real derivation that follows; the time
    // taken so far still stands.
    (void)deriveKey(throwaway, params);
    return timer.elapsed();
}

} // namespace dit
