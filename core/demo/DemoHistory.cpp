#include "DemoData.h"
#include "measures/ResponseStore.h"

namespace dit::demo {

namespace {

// Answers to `q` whose scored items add up to `total` (front to back, each at most its top
// score), with every unscored choice answered by its first option.
Answers answersWithTotal(const Instrument &q, int total)
{
    Answers a;
    for (const InstrumentItem &item : q.items) {
        if (item.type != InstrumentItem::Type::Choice || item.options.isEmpty())
            continue;
        const AnswerOption *pick = &item.options.first();
        if (item.isScored())
            for (const AnswerOption &o : item.options)
                if (*o.score <= total && *o.score >= *pick->score)
                    pick = &o;
        total -= item.isScored() ? *pick->score : 0;
        a.insert(item.linkId, pick->code);
    }
    return a;
}

} // namespace

Status fillHistory(Store &store, const QDateTime &now, int weeks, const QString &subject)
{
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    ManualClock when(now);
    RecordStore records(store.database(), store.deviceId(), when);
    ResponseStore responses(records, catalogue);
    const QStringList weekly = {QStringLiteral("phq9"), QStringLiteral("gad7"),
                                QStringLiteral("wsas"), QStringLiteral("risk")};
    for (int session = 1; session <= weeks; ++session) {
        when.set(now.addDays(-7 * qint64(weeks - session + 1)));
        // A gentle wave between mild and moderate, different for each instrument.
        const int wave = (session * 7) % 11;
        Status form = store.database().transaction([&]() -> Status {
            for (const QString &id : weekly) {
                const Instrument &q = *catalogue.find(id);
                const int total = id == QStringLiteral("risk") ? 0 : 4 + wave + int(id.size());
                auto r = responses.submit(id, session, answersWithTotal(q, total), {}, subject);
                if (!r)
                    return r.error();
            }
            return {};
        });
        if (!form)
            return form;
    }
    return {};
}

} // namespace dit::demo
