#include "ReplicatorPass.h"

namespace dit::sync {

Status Replicator::Pass::checkNumbers()
{
    auto others = m_r.m_pairs.otherDevices(m_pair.id);
    if (!others)
        return others.error();
    for (const QString &device : others.value()) {
        if (!m_r.m_pairs.confirmedAt(m_pair.id, device)) {
            m_unconfirmed = true; // its records are kept back: no gap to report yet
            continue;
        }
        auto missing = m_r.m_pairs.missingNumbers(m_pair.id, device);
        if (!missing)
            return missing.error();
        if (missing.value() > 0) {
            m_withheld = m_r.m_pairs.deviceRole(m_pair.id, device);
            qCWarning(lcSync) << "records from the other device have not arrived:"
                              << missing.value();
        }
    }
    return {};
}

} // namespace dit::sync
