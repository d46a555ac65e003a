#include "ChartSeries.h"

#include "measures/Scoring.h"

#include <QVariantMap>

namespace dit {

QVariantList chartSeriesFor(const QList<ProgressSeries> &series)
{
    QVariantList out;
    for (const ProgressSeries &s : series) {
        const QList<Band> bands = bandsFor(s.rule);
        if (bands.isEmpty())
            continue;
        QVariantList bandList;
        for (const Band &b : bands)
            bandList.append(QVariantMap{{QStringLiteral("min"), b.min},
                                        {QStringLiteral("max"), b.max},
                                        {QStringLiteral("label"), b.label}});
        QVariantList points;
        for (const ProgressPoint &p : s.points)
            points.append(QVariantMap{{QStringLiteral("session"), p.session},
                                      {QStringLiteral("total"), p.total},
                                      {QStringLiteral("band"), p.bandLabel}});
        out.append(QVariantMap{{QStringLiteral("instrument"), s.instrument},
                               {QStringLiteral("name"), s.name},
                               {QStringLiteral("maximum"), bands.last().max},
                               {QStringLiteral("caseness"), casenessThreshold(s.rule).value_or(-1)},
                               {QStringLiteral("bands"), bandList},
                               {QStringLiteral("points"), points}});
    }
    return out;
}

} // namespace dit
