#include "DemoData.h"
#include "caseload/PatientStore.h"
#include "caseload/RiskReview.h"
#include "common/Ids.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "focus/FocusStore.h"
#include "letters/Annotations.h"
#include "letters/LetterStore.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/MeasureSchedule.h"
#include "measures/ResponseStore.h"

#include <QSet>

#include <random>

namespace dit::demo {

// A therapist's invented caseload. Labels are initials, as a careful therapist would use;
// no person, case or letter here is real.

namespace {

struct Spec
{
    QString label;
    int next = 0;       // the session the patient is heading to; 0: no course; 17: finished
    int daysToNext = 0; // from today (for a finished course: days since the last session)
    int hour = 10;
    int phqStart = 18;
    int phqEnd = 8;
    int riskSession = 0; // a PHQ-9 item 9 answered "Several days" at this session
    bool riskAcknowledged = false;
    QList<int> breaks; // slot indexes (0 = the first session's week) with no session
    QList<int> cancelled;
    QList<int> missed;    // slot indexes of sessions held without the patient
    QList<int> notFilled; // sessions whose form was not filled in
    bool archived = false;
    bool replyAndNotes = false; // the patient's reply and a note arrived from their phone
    int addedMinutesAgo = 0;    // for a patient added just now (no course)
};

Spec make(const char *label, int next, int daysToNext, int hour, int phqStart, int phqEnd)
{
    Spec s;
    s.label = QString::fromLatin1(label);
    s.next = next;
    s.daysToNext = daysToNext;
    s.hour = hour;
    s.phqStart = phqStart;
    s.phqEnd = phqEnd;
    return s;
}

QList<Spec> handMade()
{
    QList<Spec> list;
    // Session 7 starts an hour from now: the form is open, for handing the tablet over.
    Spec ak = make("A.K.", 7, 0, -1, 19, 9);
    ak.riskSession = 6; // unacknowledged: the flag shows on the caseload
    ak.notFilled = {4};
    list << ak;
    list << make("R.M.", 2, 1, 11, 16, 9);
    Spec jt = make("J.T.", 14, 2, 14, 21, 7);
    jt.replyAndNotes = true;
    list << jt;
    Spec sb = make("S.B.", 0, 0, 10, 18, 8); // just added: no sessions yet
    sb.addedMinutesAgo = 90;
    list << sb;
    Spec lp = make("L.P.", 17, 21, 9, 22, 6);
    lp.riskSession = 1;
    lp.riskAcknowledged = true;
    list << lp;
    Spec dw = make("D.W.", 10, 3, 15, 11, 26); // scores rising: a reliable deterioration
    dw.breaks = {4};
    dw.cancelled = {7};
    dw.missed = {6};
    dw.notFilled = {5};
    list << dw;
    list << make("C.N.", 5, 4, 13, 17, 12);
    Spec ef = make("E.F.", 4, 5, 16, 14, 13);
    ef.archived = true;
    list << ef;
    return list;
}

Spec generated(int index, std::mt19937 &rng)
{
    static const char kLetters[] = "ABCDEFGHJKLMNPRSTW";
    const auto pick = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };
    const int n = int(sizeof kLetters) - 1;
    Spec s;
    s.label = QString(QLatin1Char(kLetters[index % n])) + QLatin1Char('.') +
              QLatin1Char(kLetters[(index / n) % n]) + QLatin1Char('.');
    if (index >= n * n)
        s.label += QStringLiteral(" %1").arg(index / (n * n) + 1);
    s.next = pick(1, 17); // every generated patient has a 16-session course
    s.daysToNext = s.next == 17 ? pick(1, 60) : pick(0, 6);
    s.hour = pick(9, 16);
    s.phqStart = pick(11, 24);
    s.phqEnd = std::max(0, s.phqStart - pick(-3, 14));
    if (pick(0, 9) == 0 && s.next > 1)
        s.riskSession = pick(1, std::min(s.next - 1, 16));
    s.riskAcknowledged = s.riskSession > 0 && pick(0, 2) > 0;
    if (s.next > 6 && pick(0, 3) == 0)
        s.breaks = {pick(2, s.next - 2)};
    if (pick(0, 4) == 0 && s.next > 2)
        s.notFilled = {pick(1, std::min(s.next - 1, 16))};
    s.archived = pick(0, 19) == 0;
    return s;
}

int around(int start, int end, int session, int total, int wobble)
{
    const double t = total > 1 ? double(session - 1) / (total - 1) : 0.0;
    return int(std::lround(start + (end - start) * t)) + wobble;
}

Answers answersFor(const Instrument &q, const Spec &spec, int session, int total, int wobble)
{
    const int phq = std::clamp(around(spec.phqStart, spec.phqEnd, session, total, wobble), 0, 27);
    if (q.id == QLatin1String("phq9")) {
        const int item9 = session == spec.riskSession ? 1 : 0;
        QList<int> s = spread(std::max(0, phq - item9), 8, 3);
        s.append(item9);
        Answers a = scored(q, s);
        a.insert(QStringLiteral("69722-7"), QStringLiteral("LA6573-5"));
        return a;
    }
    if (q.id == QLatin1String("gad7"))
        return scored(q, spread(std::clamp(phq * 3 / 4 + wobble, 0, 21), 7, 3));
    if (q.id == QLatin1String("wsas")) {
        Answers a = scored(q, spread(std::clamp(phq + 6 + wobble, 0, 40), 5, 8));
        a.insert(QStringLiteral("wsas-not-working"), QStringLiteral("no"));
        return a;
    }
    if (q.id == QLatin1String("risk"))
        return {{QStringLiteral("risk-1"), QStringLiteral("LA32-8")}};
    if (q.id == QLatin1String("sos10"))
        return scored(q, spread(std::clamp(60 - 2 * phq, 0, 60), 10, 6));
    if (q.id == QLatin1String("rq")) {
        const bool first = session == 1;
        Answers a = scored(q, first ? QList<int>{2, 6, 4, 3} : QList<int>{5, 4, 3, 3});
        a.insert(QStringLiteral("rq-style"),
                 first ? QStringLiteral("fearful") : QStringLiteral("secure"));
        return a;
    }
    return {};
}

Status addPatient(Store &store, const Spec &spec, const QDateTime &now, std::mt19937 &rng,
                  const InstrumentCatalogue &catalogue)
{
    const QDate today = now.toLocalTime().date();
    ManualClock when(now.addSecs(-60LL * std::max(1, spec.addedMinutesAgo)));
    RecordStore records(store.database(), store.deviceId(), when);

    std::optional<Course> course;
    if (spec.next > 0) {
        Course c;
        c.totalSessions = Course::kStandardSessions;
        c.sessionTime = QTime(std::max(0, spec.hour), 0);
        const int skips = int(spec.breaks.size() + spec.cancelled.size());
        // The slot of the next session (or, finished, of the last one).
        const int session = std::min(spec.next, c.totalSessions);
        QDate target = spec.next > c.totalSessions ? today.addDays(-spec.daysToNext)
                                                   : today.addDays(spec.daysToNext);
        if (spec.hour < 0) { // an hour from now, on the hour
            const QDateTime soon = now.toLocalTime().addSecs(3600);
            const QDateTime start(soon.date(), QTime(soon.time().hour(), 0));
            target = start.date();
            c.sessionTime = start.time();
        }
        c.firstSession = target.addDays(-7LL * (session - 1 + skips));
        for (int k : spec.breaks)
            c.setMark(c.firstSession.addDays(7LL * k), Course::SlotMark::Break);
        for (int k : spec.cancelled)
            c.setMark(c.firstSession.addDays(7LL * k), Course::SlotMark::Cancelled);
        for (int k : spec.missed)
            c.setMark(c.firstSession.addDays(7LL * k), Course::SlotMark::Missed);
        course = c;
    }
    // The patient was added a week before their first session.
    if (course)
        when.set(QDateTime(course->firstSession.addDays(-7), QTime(17, 0)));
    auto patient = PatientStore(records).add(spec.label);
    if (!patient)
        return patient.error();
    const QString id = patient.value().id;
    if (!course)
        return {};
    if (auto saved = CourseStore(records).save(*course, id); !saved)
        return saved.error();

    const CourseCalendar calendar(*course);
    const int total = course->totalSessions;
    const MeasureSchedule schedule = MeasureSchedule::defaults(total);
    ResponseStore responses(records, catalogue);
    const int held = std::min(calendar.completed(now), total);
    for (int session = 1; session <= held; ++session) {
        if (spec.notFilled.contains(session))
            continue;
        const ScheduledSession *s = calendar.session(session);
        when.set(s->start.addDays(-1).addSecs(19 * 3600 -
                                              s->start.time().msecsSinceStartOfDay() / 1000));
        const int wobble = std::uniform_int_distribution<int>(-1, 1)(rng);
        for (const QString &q : schedule.instrumentsFor(session)) {
            const Instrument *instrument = catalogue.find(q);
            const Answers answers =
                instrument ? answersFor(*instrument, spec, session, total, wobble) : Answers();
            if (answers.isEmpty())
                continue;
            auto r = responses.submit(q, session, answers, {}, id);
            if (!r)
                return r.error();
            if (r.value().risk && spec.riskAcknowledged) {
                when.set(s->start.addSecs(-600));
                if (auto ack = RiskReview(records, catalogue).acknowledge(r.value().id, id); !ack)
                    return ack.error();
            }
        }
    }

    const auto after = [&](int session) {
        const ScheduledSession *s = calendar.session(session);
        when.set(s ? s->end.addSecs(1800) : now);
    };
    if (held >= 4) {
        after(4);
        Focus f = agreedInSessionFour();
        f.writtenBy = QStringLiteral("therapist");
        if (auto saved = FocusStore(records).save(f, id); !saved)
            return saved.error();
    }
    if (held >= 9) {
        after(9);
        Focus f = refinedInSessionNine();
        f.writtenBy = QStringLiteral("therapist");
        if (auto saved = FocusStore(records).save(f, id); !saved)
            return saved.error();
    }
    if (held >= 12) {
        after(12);
        LetterStore letters(records);
        auto draft = letters.create(therapistLetter(false, calendar.session(13)->start.date()), id);
        if (!draft)
            return draft.error();
        if (held >= 13)
            if (auto shared = letters.mark(draft.value().id, VersionMark::Shared); !shared)
                return shared.error();
        if (spec.replyAndNotes) {
            // What came back from the patient's phone in a hand-over file: their device.
            const QString phone = newRandomId();
            ManualClock later(calendar.session(13)->end.addDays(3));
            RecordStore fromPhone(store.database(), phone, later);
            Letter reply;
            reply.author = LetterAuthor::Patient;
            reply.title = QStringLiteral("My reply");
            reply.date = later.now().toLocalTime().date();
            reply.inReplyTo = draft.value().thread;
            reply.sections = {{QStringLiteral("reply"), QString(),
                               QStringLiteral("Thank you for the letter. It was strange to see "
                                              "myself written down like that, strange in a good "
                                              "way mostly.\n\nThe part about the spare chair is "
                                              "right. I want to keep it.")}};
            if (auto saved = LetterStore(fromPhone).create(reply, id); !saved)
                return saved.error();
            const Letter &l = therapistLetter(false, reply.date);
            for (int s = 0; s < l.sections.size(); ++s) {
                const QStringList blocks = letters::blockTexts(l, s);
                for (int b = 0; b < blocks.size(); ++b) {
                    const int at = int(blocks.at(b).indexOf(QStringLiteral("spare chair")));
                    if (at < 0)
                        continue;
                    auto anchor = letters::anchorFor(l, draft.value().thread, draft.value().id, s,
                                                     b, at, at + 11);
                    if (anchor)
                        if (auto note = AnnotationStore(fromPhone).addNote(
                                anchor.value(),
                                QStringLiteral("Yes. This is me at every family dinner."), id);
                            !note)
                            return note.error();
                    s = int(l.sections.size());
                    break;
                }
            }
        }
        if (held >= 16) {
            when.set(calendar.session(16)->start.addSecs(-3600));
            auto final = letters.revise(draft.value().id,
                                        therapistLetter(true, calendar.session(15)->start.date()));
            if (!final)
                return final.error();
            for (const VersionMark m : {VersionMark::Shared, VersionMark::Final})
                if (auto marked = letters.mark(final.value().id, m); !marked)
                    return marked.error();
        }
    }
    if (spec.archived) {
        when.set(now.addDays(-2));
        if (auto archived = PatientStore(records).setArchived(id, true); !archived)
            return archived.error();
    }
    return {};
}

} // namespace

Status fillCaseload(Store &store, const QDateTime &now, int patients, quint32 seed)
{
    if (store.role() != Role::Therapist)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("a caseload needs a therapist profile"));
    std::mt19937 rng(seed);
    const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
    const QList<Spec> made = handMade();
    QSet<QString> labels;
    return store.database().transaction([&]() -> Status {
        for (int i = 0; i < patients; ++i) {
            Spec spec = i < made.size() ? made.at(i) : generated(i, rng);
            for (int n = 2; labels.contains(spec.label); ++n)
                spec.label =
                    spec.label.section(QLatin1Char(' '), 0, 0) + QStringLiteral(" %1").arg(n);
            labels.insert(spec.label);
            if (Status s = addPatient(store, spec, now, rng, catalogue); !s)
                return s;
        }
        return {};
    });
}

} // namespace dit::demo
