#include "DemoData.h"
#include "course/CourseCalendar.h"
#include "course/CourseStore.h"
#include "focus/FocusStore.h"
#include "learn/ReadState.h"
#include "notes/NoteStore.h"

namespace dit::demo {

// An invented person's focus, reflections and notes. Nothing here comes from a real patient
// or a published case. Records are dated as if written on the day of the session they
// belong to, so the versions and notes read like a real history.

Focus agreedInSessionFour()
{
    Focus f;
    f.selfRepresentation =
        QStringLiteral("Second best: the one who gets whatever is left once everyone else is "
                       "sorted.");
    f.otherRepresentation =
        QStringLiteral("Busy with their own lives. Kind on the surface, but not really "
                       "interested in me.");
    f.affect = QStringLiteral("Shame, and a resentment I swallow.");
    f.defensiveFunction = QStringLiteral("If I never ask, nobody can say no. Keeping quiet "
                                         "protects me from finding out that I don't matter.");
    f.ownWords = {QStringLiteral("bottom of the pile"), QStringLiteral("I'll manage")};
    f.handles = {QStringLiteral("the leftovers")};
    f.goals = {QStringLiteral("Ask for one thing I need each week."),
               QStringLiteral("Tell my sister when something she says hurts."),
               QStringLiteral("Notice when I say \"I'll manage\", and pause.")};
    f.session = 4;
    f.writtenBy = QStringLiteral("patient");
    return f;
}

Focus refinedInSessionNine()
{
    Focus f = agreedInSessionFour();
    f.otherRepresentation =
        QStringLiteral("Busy with their own lives. Sometimes they do notice me, and I find "
                       "that hard to trust.");
    f.defensiveFunction =
        QStringLiteral("If I never ask, nobody can say no. Being useful to everyone keeps "
                       "people close without my having to need them.");
    f.handles << QStringLiteral("waiting in the queue");
    f.session = 9;
    return f;
}

namespace {

// The start of session `n` in this demo's course, or an invalid time.
QDateTime sessionStart(Store &store, int n)
{
    auto course = CourseStore(store.records()).current();
    if (!course || !course.value())
        return {};
    const CourseCalendar calendar(*course.value());
    const ScheduledSession *s = calendar.session(n);
    return s ? s->start.addSecs(qint64(3) * 3600) : QDateTime();
}

Status addNote(Store &store, int afterSession, const QString &text, bool toBring)
{
    const QDateTime when = sessionStart(store, afterSession).addDays(2);
    ManualClock clock(when.isValid() ? when : store.clock().now());
    RecordStore records(store.database(), store.deviceId(), clock);
    auto added = NoteStore(records).add(text, toBring, afterSession + 1);
    return added ? Status() : Status(added.error());
}

} // namespace

Status fillFocusAndNotes(Store &store, Stage stage)
{
    if (stage == Stage::New)
        return {};
    const int next = nextSessionAt(stage);
    if (next > 4) {
        ManualClock clock(sessionStart(store, 4));
        RecordStore records(store.database(), store.deviceId(), clock);
        FocusStore focus(records);
        if (auto saved = focus.save(agreedInSessionFour()); !saved)
            return saved.error();
        clock.set(sessionStart(store, 5).addDays(1));
        if (auto r = focus.addReflection(QStringLiteral(
                "Noticed it at work: I said \"I'll manage\" when Jo offered to help. I didn't "
                "want to owe her anything."));
            !r)
            return r.error();
        if (next > 9) {
            clock.set(sessionStart(store, 9));
            if (auto saved = focus.save(refinedInSessionNine()); !saved)
                return saved.error();
            clock.set(sessionStart(store, 11).addDays(2));
            if (auto r = focus.addReflection(QStringLiteral(
                    "Asked my sister to come with me on Saturday. She said yes, just like that."));
                !r)
                return r.error();
        }
    }

    struct DemoNote
    {
        const char *text;
        int after; // written two days after this session
        bool toBring;
    };
    const DemoNote notes[] = {
        {"I wasn't sure what to say last time. Is that normal?", 1, true},
        {"The phone call with Mum on Sunday. Why did I feel so flat afterwards?", 5, true},
        {"A walk by the canal helped today.", 5, false},
        {"Felt annoyed when we ran out of time last week. Say so?", 6, true},
        {"What do I want to keep from all this?", 13, true},
    };
    for (const DemoNote &n : notes) {
        if (n.after >= next)
            continue;
        if (Status s = addNote(store, n.after, QString::fromUtf8(n.text), n.toBring); !s)
            return s;
    }

    ReadState read(store.settings(), store.clock());
    QStringList readIds = {QStringLiteral("what-is-dit"), QStringLiteral("how-the-sessions-work")};
    if (next > 4)
        readIds << QStringLiteral("phase-beginning") << QStringLiteral("your-focus");
    if (next > 13)
        readIds << QStringLiteral("phase-middle") << QStringLiteral("quiet-therapist");
    for (const QString &id : readIds)
        if (Status s = read.markRead(id); !s)
            return s;
    return {};
}

} // namespace dit::demo
