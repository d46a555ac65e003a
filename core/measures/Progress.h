#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace dit {

struct StoredResponse;
class InstrumentCatalogue;

// One complete total at one session: the latest version of that session's response.
struct ProgressPoint
{
    int session = 0;
    int total = 0;
    QString bandKey;
    QString bandLabel;
    QDateTime authored;
    QString responseId;
    // The WSAS total completed from the average of the answered items (flag
    // "total-from-average"): shown beside the total wherever it appears.
    bool fromAverage = false;
};

// The totals of one instrument across a course, in session order.
struct ProgressSeries
{
    QString instrument; // "phq9"
    QString rule;       // its scoring rule
    QString name;       // "PHQ-9"
    int maximum = 0;
    bool higherIsBetter = false;
    QList<ProgressPoint> points;
};

// Series for every instrument with a total, from current responses (replaced versions left
// out). For each session the most recent complete response counts; incomplete ones have no
// total and are left out. In the order forms ask them (MeasureSchedule::instrumentOrder()),
// then by id; names come from the catalogue.
QList<ProgressSeries> progressSeries(const QList<StoredResponse> &current,
                                     const InstrumentCatalogue &catalogue);

} // namespace dit
