#include "MeasuresTestDriver.h"

#include "course/CourseStore.h"
#include "measures/AnswerVector.h"
#include "measures/FormDraftStore.h"
#include "measures/ResponseStore.h"

#include <QJsonArray>

namespace dit {

namespace {
const InstrumentCatalogue &catalogue()
{
    static const InstrumentCatalogue c = InstrumentCatalogue::builtIn();
    return c;
}
} // namespace

bool MeasuresTestDriver::setUpCourse(int firstSessionDaysAgo, int totalSessions)
{
    Store *store = m_ctx.store();
    if (!store)
        return false;
    Course c;
    c.totalSessions = totalSessions;
    c.firstSession = m_ctx.clock().now().toLocalTime().date().addDays(-firstSessionDaysAgo);
    c.sessionTime = QTime(10, 0);
    if (!CourseStore(store->records()).save(c))
        return false;
    // As a sync or a file bringing a course does: Measures hears of it (its progress is kept
    // until it is told the records changed).
    m_ctx.notifyRecordsChanged(QString::fromLatin1(CourseStore::kKind));
    return true;
}

bool MeasuresTestDriver::submit(const QString &instrument, int session, const QString &answers)
{
    if (!storeResponse(instrument, session, answers))
        return false;
    m_ctx.notifyRecordsChanged(QString::fromLatin1(ResponseStore::kKind));
    return true;
}

bool MeasuresTestDriver::storeResponse(const QString &instrument, int session,
                                       const QString &answers)
{
    Store *store = m_ctx.store();
    const Instrument *q = catalogue().find(instrument);
    if (!store || !q)
        return false;
    auto parsed = parseAnswerVector(*q, answers);
    if (!parsed)
        return false;
    return bool(
        ResponseStore(store->records(), catalogue()).submit(instrument, session, parsed.value()));
}

bool MeasuresTestDriver::submitMany(int count)
{
    int n = 0;
    for (int session = 1; n < count && session <= 60; ++session) {
        const int phq = std::max(0, 24 - session / 3);
        QStringList v(9, QString::number(phq / 9));
        for (int i = 0; i < phq % 9; ++i)
            v[i] = QString::number(phq / 9 + 1);
        if (!storeResponse(QStringLiteral("phq9"), session, v.join(QLatin1Char(','))) ||
            !storeResponse(QStringLiteral("gad7"), session, QStringLiteral("2,2,2,1,1,1,1")))
            return false;
        n += 2;
    }
    for (; n < count; ++n)
        if (!storeResponse(QStringLiteral("wsas"), 1 + n % 60, QStringLiteral("no,1")))
            return false;
    m_ctx.notifyRecordsChanged(QString::fromLatin1(ResponseStore::kKind));
    return true;
}

int MeasuresTestDriver::responseCount() const
{
    Store *store = m_ctx.store();
    if (!store)
        return -1;
    auto all = ResponseStore(store->records(), catalogue()).all();
    return all ? int(all.value().size()) : -1;
}

QVariantMap MeasuresTestDriver::lastResponse(const QString &instrument) const
{
    Store *store = m_ctx.store();
    if (!store)
        return {};
    auto all = ResponseStore(store->records(), catalogue()).all();
    if (!all)
        return {};
    for (auto it = all.value().crbegin(); it != all.value().crend(); ++it) {
        if (it->instrument != instrument)
            continue;
        // Read the flag from the stored record itself, as a therapist's view would.
        const Record rec = store->records().get(it->id).value();
        return {
            {QStringLiteral("id"), it->id},
            {QStringLiteral("session"), it->session},
            {QStringLiteral("total"), it->score.total ? QVariant(*it->score.total) : QVariant()},
            {QStringLiteral("risk"), rec.body.value(QStringLiteral("risk")).toBool()},
            {QStringLiteral("flags"),
             rec.body.value(QStringLiteral("flags")).toArray().toVariantList()},
            {QStringLiteral("replaces"), it->replaces},
            {QStringLiteral("answers"), int(it->answers.size())}};
    }
    return {};
}

int MeasuresTestDriver::draftAnswerCount(int session) const
{
    Store *store = m_ctx.store();
    if (!store)
        return -1;
    auto draft = FormDraftStore(store->database(), m_ctx.clock()).load(session);
    return draft && draft.value() ? draft.value()->answeredCount() : 0;
}

} // namespace dit
