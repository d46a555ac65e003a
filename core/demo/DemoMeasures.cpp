#include "DemoData.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "measures/FormDraftStore.h"
#include "measures/MeasureSchedule.h"
#include "measures/ResponseStore.h"

#include <algorithm>

namespace dit::demo {

// Spreads `total` over `count` scored answers of at most `cap` each, front to back (a total
// above count * cap is capped there).
QList<int> spread(int total, int count, int cap)
{
    QList<int> v(count, 0);
    total = std::min(total, count * cap);
    for (int i = 0; total > 0; i = (i + 1) % count)
        if (v[i] < cap) {
            ++v[i];
            --total;
        }
    return v;
}

Answers scored(const Instrument &q, const QList<int> &scores)
{
    Answers a;
    int next = 0;
    for (const InstrumentItem &item : q.items) {
        if (!item.isScored() || next >= scores.size())
            continue;
        for (const AnswerOption &o : item.options)
            if (o.score == scores.at(next))
                a.insert(item.linkId, o.code);
        ++next;
    }
    return a;
}

namespace {

// An invented person who improves steadily: PHQ-9 18 at session 1 to 10 by session 6 and 6
// by the end, GAD-7 likewise, with the session 4 form not filled in. Never real data.
constexpr int kMissedForm = 4;
constexpr int kPhq9[] = {18, 17, 16, 0, 14, 10, 11, 10, 9, 9, 8, 8, 7, 7, 6, 6};
constexpr int kGad7[] = {15, 14, 13, 0, 12, 10, 9, 9, 8, 7, 7, 6, 6, 5, 5, 4};
constexpr int kWsas[] = {26, 25, 24, 0, 21, 19, 18, 16, 15, 14, 13, 12, 11, 10, 9, 8};

Answers phq9(const Instrument &q, int session)
{
    // Item 9 answered "Several days" at the first session: flagged for the therapist.
    const int item9 = session == 1 ? 1 : 0;
    QList<int> s = spread(kPhq9[session - 1] - item9, 8, 3);
    s.append(item9);
    Answers a = scored(q, s);
    a.insert(QStringLiteral("69722-7"),
             session < 8 ? QStringLiteral("LA6575-0") : QStringLiteral("LA6573-5"));
    return a;
}

Answers answersFor(const Instrument &q, int session, int total)
{
    if (q.id == QStringLiteral("phq9"))
        return phq9(q, session);
    if (q.id == QStringLiteral("gad7"))
        return scored(q, spread(kGad7[session - 1], 7, 3));
    if (q.id == QStringLiteral("wsas")) {
        Answers a = scored(q, spread(kWsas[session - 1], 5, 8));
        a.insert(QStringLiteral("wsas-not-working"), QStringLiteral("no"));
        return a;
    }
    if (q.id == QStringLiteral("risk"))
        return {{QStringLiteral("risk-1"), QStringLiteral("LA32-8")}};
    if (q.id == QStringLiteral("sos10"))
        return scored(q, spread(session == 1 ? 18 : 38, 10, 6));
    if (q.id == QStringLiteral("rq")) {
        const bool first = session == 1;
        Answers a = scored(q, first ? QList<int>{2, 6, 4, 3} : QList<int>{5, 4, 3, 3});
        a.insert(QStringLiteral("rq-style"),
                 first ? QStringLiteral("fearful") : QStringLiteral("secure"));
        return a;
    }
    if (q.id == QStringLiteral("feedback") && session == total)
        return {{QStringLiteral("feedback-helpful"), QStringLiteral("fb2")},
                {QStringLiteral("feedback-listened"), QStringLiteral("fb2")},
                {QStringLiteral("feedback-recommend"), QStringLiteral("fb2")},
                {QStringLiteral("feedback-comments"),
                 QStringLiteral("Writing things down before each session helped me notice the "
                                "pattern outside the room.")}};
    return {};
}

} // namespace

Status fillMeasures(Store &store, const QDateTime &now, Stage stage)
{
    auto course = CourseStore(store.records()).current();
    if (!course || !course.value())
        return course ? Status() : Status(course.error());
    const CourseCalendar calendar(*course.value());
    const int total = course.value()->totalSessions;
    const MeasureSchedule schedule = MeasureSchedule::defaults(total);
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    // Responses are stamped the evening before each session, as a person would fill them in.
    ManualClock when(now);
    RecordStore records(store.database(), store.deviceId(), when);
    ResponseStore responses(records, catalogue);
    const int held = std::min(calendar.completed(now), total);
    for (int session = 1; session <= held; ++session) {
        if (session == kMissedForm)
            continue;
        const ScheduledSession *s = calendar.session(session);
        when.set(s->start.addDays(-1).addSecs(9 * 3600 + 1800));
        for (const QString &id : schedule.instrumentsFor(session)) {
            auto r = responses.submit(id, session, answersFor(*catalogue.find(id), session, total));
            if (!r)
                return r.error();
        }
    }
    // In the middle of therapy the next form is half done: a draft to resume.
    if (stage == Stage::Middle) {
        FormDraft draft;
        draft.session = nextSessionAt(stage);
        draft.instruments = schedule.instrumentsFor(draft.session);
        const Instrument &q = *catalogue.find(QStringLiteral("phq9"));
        draft.answers.insert(QStringLiteral("phq9"), scored(q, {2, 1, 2}));
        draft.position = QStringLiteral("phq9/") + q.items.at(3).linkId;
        when.set(now.addSecs(-3600));
        if (Status s = FormDraftStore(store.database(), when).save(draft); !s)
            return s;
    }
    return {};
}

} // namespace dit::demo
