#include "Progress.h"

#include "MeasureSchedule.h"
#include "ResponseStore.h"

namespace dit {

QList<ProgressSeries> progressSeries(const QList<StoredResponse> &current,
                                     const InstrumentCatalogue &catalogue)
{
    // instrument -> session -> the latest complete response
    QMap<QString, QMap<int, const StoredResponse *>> latest;
    for (const StoredResponse &r : current) {
        if (!r.score.total)
            continue;
        const StoredResponse *&slot = latest[r.instrument][r.session];
        if (!slot || r.authored >= slot->authored)
            slot = &r;
    }
    QStringList ids = MeasureSchedule::instrumentOrder();
    for (auto it = latest.cbegin(); it != latest.cend(); ++it)
        if (!ids.contains(it.key()))
            ids.append(it.key());
    QList<ProgressSeries> out;
    for (const QString &id : ids) {
        if (!latest.contains(id))
            continue;
        ProgressSeries s;
        s.instrument = id;
        const Instrument *q = catalogue.find(id);
        s.name = q ? q->shortName() : id;
        const auto &bySession = latest[id];
        for (auto it = bySession.cbegin(); it != bySession.cend(); ++it) {
            const StoredResponse &r = *it.value();
            s.rule = r.score.rule;
            s.maximum = std::max(s.maximum, r.score.maximum);
            s.higherIsBetter = r.score.higherIsBetter;
            s.points.append({it.key(), *r.score.total, r.score.bandKey, r.score.bandLabel,
                             r.authored, r.id,
                             r.score.hasFlag(QString::fromLatin1(flag::kTotalFromAverage))});
        }
        out.append(s);
    }
    return out;
}

} // namespace dit
