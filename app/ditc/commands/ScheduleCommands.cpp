// Which forms are due at which session (docs/MEASURES.md): show the course's schedule, change one
// session's list, or put it back to the default. Every change is a new version.
#include "Commands.h"
#include "caseload/PatientStore.h"
#include "common/Clock.h"
#include "course/CourseStore.h"
#include "measures/MeasuresConfig.h"
#include "measures/ScheduleStore.h"
#include "storage/Profile.h"

#include <QJsonArray>

namespace dit::cli {

namespace {

// Everything `schedule set` was asked, checked before the passphrase is read.
struct ScheduleEdit
{
    int session = 0;
    std::optional<QStringList> instruments; // empty optional: back to the default
};

Result<ScheduleEdit> parseEdit(Args &args)
{
    ScheduleEdit edit;
    const auto session = args.takeOption(QStringLiteral("--session"));
    const auto instruments = args.takeOption(QStringLiteral("--instruments"));
    const bool toDefault = args.takeFlag(QStringLiteral("--default"));
    bool ok = false;
    edit.session = session ? session->toInt(&ok) : 0;
    if (!ok || edit.session < 1)
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("schedule set needs --session N (1 or more)"));
    if (toDefault == bool(instruments))
        return makeError(ErrorCode::BadInput,
                         QStringLiteral("schedule set needs either --instruments ID,ID,... "
                                        "or --default"));
    if (instruments) {
        QStringList ids = instruments->split(u',', Qt::SkipEmptyParts);
        for (QString &id : ids) {
            id = id.trimmed();
            if (!MeasuresConfig::builtIn().catalogue.find(id))
                return makeError(ErrorCode::BadInput,
                                 QStringLiteral("no instrument called %1").arg(id));
        }
        ids.removeDuplicates();
        edit.instruments = ids;
    }
    return edit;
}

QJsonObject scheduleJson(const MeasureSchedule &s)
{
    QJsonArray sessions;
    for (int n = 1; n <= s.totalSessions(); ++n)
        sessions.append(QJsonObject{
            {QStringLiteral("session"), n},
            {QStringLiteral("instruments"), QJsonArray::fromStringList(s.instrumentsFor(n))},
            {QStringLiteral("edited"), s.isEdited(n)}});
    return {{QStringLiteral("totalSessions"), s.totalSessions()},
            {QStringLiteral("sessions"), sessions}};
}

QStringList scheduleLines(const MeasureSchedule &s)
{
    QStringList lines;
    for (int n = 1; n <= s.totalSessions(); ++n)
        lines << QStringLiteral("Session %1: %2%3")
                     .arg(n)
                     .arg(s.instrumentsFor(n).isEmpty() ? QStringLiteral("no forms")
                                                        : s.instrumentsFor(n).join(u", "))
                     .arg(s.isEdited(n) ? QStringLiteral(" (changed)") : QString());
    return lines;
}

} // namespace

int runSchedule(Context &ctx, Args &args)
{
    QString verb = args.takePositional();
    if (verb.isEmpty())
        verb = QStringLiteral("show");
    const auto patient = args.takeOption(QStringLiteral("--patient"));
    std::optional<ScheduleEdit> edit;
    if (verb == u"set") {
        auto parsed = parseEdit(args);
        if (!parsed)
            return ctx.usage(parsed.error().message);
        edit = parsed.value();
    } else if (verb != u"show") {
        return ctx.usage(QStringLiteral("schedule show | schedule set ..."));
    }
    if (auto extra = args.leftover())
        return ctx.usage(*extra);

    const SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    auto store = openProfile(ctx, profile);
    if (!store)
        return ctx.failProfile(store.error());
    RecordStore &records = store.value()->records();
    // A therapist names the patient; a patient's own course has no subject.
    QString subject;
    if (store.value()->role() == Role::Therapist) {
        if (!patient)
            return ctx.usage(QStringLiteral("on a therapist's profile, name the patient with "
                                            "--patient PATIENT"));
        auto who = PatientStore(records).resolve(*patient);
        if (!who)
            return ctx.fail(who.error());
        subject = who.value().id;
    } else if (patient) {
        return ctx.usage(QStringLiteral("--patient is for a therapist's profile"));
    }
    auto course = CourseStore(records).current(subject);
    if (!course)
        return ctx.fail(course.error());
    if (!course.value())
        return ctx.fail(makeError(ErrorCode::NotFound,
                                  QStringLiteral("no course yet: set one up first (ditc course "
                                                 "set)")));
    ScheduleStore schedules(records);
    auto schedule = schedules.current(course.value()->totalSessions, subject);
    if (!schedule)
        return ctx.fail(schedule.error());
    if (edit) {
        if (edit->session > schedule.value().totalSessions())
            return ctx.fail(
                makeError(ErrorCode::BadInput, QStringLiteral("the course has %1 sessions")
                                                   .arg(schedule.value().totalSessions())));
        if (edit->instruments)
            schedule.value().setInstruments(edit->session, *edit->instruments);
        else
            schedule.value().resetToDefault(edit->session);
        if (auto saved = schedules.save(schedule.value(), subject); !saved)
            return ctx.fail(saved.error());
    }
    ctx.print(scheduleJson(schedule.value()), scheduleLines(schedule.value()));
    return kOk;
}

} // namespace dit::cli
