// ditc patients and ditc handover: a therapist's caseload and hand-over files
// (docs/THERAPIST.md).
#include "Commands.h"
#include "caseload/PatientOverview.h"
#include "caseload/PatientStore.h"
#include "common/Clock.h"
#include "common/TestHooks.h"
#include "crypto/SecretBytes.h"
#include "handover/Handover.h"
#include "handover/HandoverCode.h"

#include <QFile>
#include <QJsonArray>

#include <unistd.h>

namespace dit::cli {

namespace {

struct OpenedCaseload
{
    SystemClock clock;
    std::unique_ptr<Store> store;
};

Result<std::unique_ptr<OpenedCaseload>> open(Context &ctx)
{
    auto opened = std::make_unique<OpenedCaseload>();
    Profile profile(ctx.profileDir, opened->clock);
    auto store = openProfile(ctx, profile);
    if (!store)
        return store.error();
    opened->store = std::move(store.value());
    return opened;
}

Error notTherapist()
{
    return makeError(ErrorCode::BadInput,
                     QStringLiteral("this is a patient's profile; a caseload is kept in a "
                                    "therapist's profile (ditc init --role therapist)"));
}

// A therapist's profile, unlocked; otherwise nothing, with the exit code in `failed`.
std::unique_ptr<OpenedCaseload> openCaseload(Context &ctx, int *failed)
{
    auto opened = open(ctx);
    if (!opened) {
        *failed = ctx.failProfile(opened.error());
        return nullptr;
    }
    if (opened.value()->store->role() != Role::Therapist) {
        *failed = ctx.fail(notTherapist());
        return nullptr;
    }
    return std::move(opened.value());
}

QJsonObject patientJson(const caseload::CaseloadRow &r, const QDateTime &now)
{
    return {{QStringLiteral("id"), r.patient.id},
            {QStringLiteral("label"), r.patient.label},
            {QStringLiteral("archived"), r.patient.archived},
            {QStringLiteral("course"), caseload::courseLine(r.summary)},
            {QStringLiteral("next"), caseload::nextSessionShort(r.summary, now)},
            {QStringLiteral("unacknowledgedRisk"), r.unacknowledged}};
}

int runCaseloadList(Context &ctx, Args &args)
{
    const bool all = args.takeFlag(QStringLiteral("--all"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    int failed = kOk;
    auto opened = openCaseload(ctx, &failed);
    if (!opened)
        return failed;
    Store &store = *opened->store;
    const QDateTime now = opened->clock.now();
    auto rows = caseload::caseloadRows(store, now);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray list;
    QStringList plain;
    for (const auto &r : caseload::filterRows(rows.value(), all, {})) {
        list.append(patientJson(r, now));
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(r.patient.id.left(8), r.patient.label.leftJustified(12),
                                caseload::courseLine(r.summary));
        if (const QString next = caseload::nextSessionShort(r.summary, now); !next.isEmpty())
            line += QStringLiteral(" · next %1").arg(next);
        if (r.unacknowledged > 0)
            line += QStringLiteral("  [! %1 risk answer(s) to review]").arg(r.unacknowledged);
        if (r.patient.archived)
            line += QStringLiteral("  (archived)");
        plain << line;
    }
    if (plain.isEmpty())
        plain << QStringLiteral("No patients yet. Add one with: ditc patients add LABEL");
    ctx.print({{QStringLiteral("patients"), list}}, plain);
    return kOk;
}

int runAdd(Context &ctx, Args &args)
{
    // A label that looks identifying (a full name, an email, a number) takes a deliberate
    // second step, as in the app: this flag (docs/THERAPIST.md).
    const bool keepIdentifying = args.takeFlag(QStringLiteral("--keep-identifying-label"));
    const QString label = args.takePositional();
    if (label.isEmpty())
        return ctx.usage(QStringLiteral("patients add needs a label (initials, not a name)"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (const QString problem = caseload::labelProblem(label); !problem.isEmpty())
        return ctx.fail(makeError(ErrorCode::BadInput, problem));
    const QString warning = caseload::labelWarning(label);
    if (!warning.isEmpty() && !keepIdentifying)
        return ctx.fail(
            makeError(ErrorCode::BadInput,
                      warning + QStringLiteral(" Nothing was added. To keep this label anyway, add "
                                               "--keep-identifying-label.")));
    int failed = kOk;
    auto opened = openCaseload(ctx, &failed);
    if (!opened)
        return failed;
    Store &store = *opened->store;
    auto added = PatientStore(store.records()).add(label);
    if (!added)
        return ctx.fail(added.error());
    QStringList plain{
        QStringLiteral("Added %1 as patient %2").arg(added.value().label, added.value().id)};
    if (!warning.isEmpty())
        plain << warning;
    ctx.print(
        {{QStringLiteral("id"), added.value().id}, {QStringLiteral("label"), added.value().label}},
        plain);
    return kOk;
}

int runCaseloadShow(Context &ctx, Args &args)
{
    const QString which = args.takePositional();
    if (which.isEmpty())
        return ctx.usage(QStringLiteral("patients show needs a patient (label or id)"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    int failed = kOk;
    auto opened = openCaseload(ctx, &failed);
    if (!opened)
        return failed;
    Store &store = *opened->store;
    auto patient = PatientStore(store.records()).resolve(which);
    if (!patient)
        return ctx.fail(patient.error());
    const QDateTime now = opened->clock.now();
    auto o = caseload::overview(store, MeasuresConfig::builtIn(), patient.value().id, now);
    if (!o)
        return ctx.fail(o.error());
    const PatientOverview &v = o.value();
    QStringList plain{QStringLiteral("%1 (%2)%3")
                          .arg(v.patient.label, v.patient.id,
                               v.patient.archived ? QStringLiteral(", archived") : QString()),
                      caseload::courseLine(v.summary)};
    QJsonArray timeline;
    QStringList line;
    for (const TimelineEntry &e : v.timeline) {
        timeline.append(QJsonObject{{QStringLiteral("session"), e.session},
                                    {QStringLiteral("date"), e.slot.toString(Qt::ISODate)},
                                    {QStringLiteral("state"), e.key()}});
        line << (e.session > 0 ? QString::number(e.session) : QString()) + e.symbol();
    }
    if (!line.isEmpty())
        plain << QStringLiteral("Sessions: %1").arg(line.join(QLatin1Char(' ')));
    // Every score with its date, and "older" in words (ScoreAge, docs/MEASURES.md).
    if (v.latestSession > 0)
        plain << QStringLiteral("Latest scores (session %1): %2")
                     .arg(v.latestSession)
                     .arg(v.latestAge.words(false));
    if (v.previousSession > 0)
        plain << QStringLiteral("Scores before (session %1): %2")
                     .arg(v.previousSession)
                     .arg(v.previousAge.words(false));
    QJsonArray scores;
    for (const ScoreComparison &s : v.scores) {
        QJsonObject sj{{QStringLiteral("instrument"), s.instrument}};
        if (s.latest)
            sj.insert(QStringLiteral("latest"), *s.latest);
        if (s.previous)
            sj.insert(QStringLiteral("previous"), *s.previous);
        scores.append(sj);
        plain << QStringLiteral("%1: %2 (session %3), before %4 (session %5) %6")
                     .arg(s.name, s.latest ? QString::number(*s.latest) : QStringLiteral("-"))
                     .arg(v.latestSession)
                     .arg(s.previous ? QString::number(*s.previous) : QStringLiteral("-"))
                     .arg(v.previousSession)
                     .arg(s.change());
    }
    QJsonObject outcome;
    for (const auto &[label, value] : caseload::outcomeStatus(v.outcome)) {
        outcome.insert(label, value);
        plain << QStringLiteral("%1: %2").arg(label, value);
    }
    plain << QStringLiteral("SOS-10: %1 → %2")
                 .arg(v.sos10.start, v.sos10.end.isEmpty() ? QStringLiteral("…") : v.sos10.end);
    plain << QStringLiteral("RQ: %1 → %2")
                 .arg(v.rq.start, v.rq.end.isEmpty() ? QStringLiteral("…") : v.rq.end);
    plain << QStringLiteral("Risk answers not yet acknowledged: %1").arg(v.unacknowledged);
    ctx.print({{QStringLiteral("id"), v.patient.id},
               {QStringLiteral("label"), v.patient.label},
               {QStringLiteral("archived"), v.patient.archived},
               {QStringLiteral("course"), caseload::courseLine(v.summary)},
               {QStringLiteral("timeline"), timeline},
               {QStringLiteral("scores"), scores},
               {QStringLiteral("latestScoresDate"), v.latestAge.date.toString(Qt::ISODate)},
               {QStringLiteral("latestScoresOlder"), v.latestAge.isOlder()},
               {QStringLiteral("outcome"), outcome},
               {QStringLiteral("unacknowledgedRisk"), v.unacknowledged}},
              plain);
    return kOk;
}

int runHandoverExport(Context &ctx, Args &args)
{
    // The option first: its value is not the patient (a phone gives no patient).
    const QString out = args.takeOption(QStringLiteral("--out")).value_or(QString());
    const QString which = args.takePositional();
    if (out.isEmpty())
        return ctx.usage(QStringLiteral("handover export needs --out FILE"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (QFile::exists(out))
        return ctx.fail(
            makeError(ErrorCode::AlreadyExists,
                      QStringLiteral("%1 already exists; it was not replaced").arg(out)));
    auto opened = open(ctx);
    if (!opened)
        return ctx.failProfile(opened.error());
    Store &store = *opened.value()->store;
    QString patientId;
    if (store.role() == Role::Therapist) {
        if (which.isEmpty())
            return ctx.usage(QStringLiteral("handover export needs the patient (label or id)"));
        auto patient = PatientStore(store.records()).resolve(which);
        if (!patient)
            return ctx.fail(patient.error());
        patientId = patient.value().id;
    } else if (!which.isEmpty()) {
        return ctx.usage(QStringLiteral("on a patient's profile the file is for your therapist: "
                                        "give no patient"));
    }
    auto exported =
        handover::exportFile(store, patientId, handover::Choice(), out, kdfParamsForNewKeys());
    if (!exported)
        return ctx.fail(exported.error());
    // The code is the one thing printed on stdout in plain mode, so a script can take it; it
    // is never written anywhere else.
    const QString code = handover::grouped(exported.value().code);
    ctx.print({{QStringLiteral("file"), out},
               {QStringLiteral("code"), code},
               {QStringLiteral("records"), exported.value().contents.total()}},
              {code});
    std::fprintf(stderr, "%s\n",
                 qPrintable(QStringLiteral("Wrote %1 (%2). Give the code separately from the "
                                           "file; it is shown only this once.")
                                .arg(out, exported.value().contents.describe())));
    return kOk;
}

// Whom a hand-over file is for, confirmed before anything is saved, as the app asks
// (docs/CLINICAL_SAFETY.md H18). `--for LABEL` must be the file's label. Otherwise a person
// at a terminal is shown the label and types "yes"; a script's input (not a terminal) is
// refused, since no one has read the label. The label is shown only at a terminal: it is
// never written to a script's output or log. Empty when confirmed, else the reason it was not.
QString confirmWhom(Context &ctx, const QString &label, bool therapist,
                    const std::optional<QString> &forLabel)
{
    if (forLabel) {
        if (label.isEmpty())
            return QStringLiteral("the file names no one (it was made by an earlier version), "
                                  "so --for cannot match it; confirm at a terminal instead");
        if (*forLabel != label)
            return QStringLiteral("the file is not for %1").arg(*forLabel);
        return {};
    }
    if (!::isatty(STDIN_FILENO))
        return QStringLiteral("whom the file is for was not confirmed: give --for LABEL (the "
                              "patient's label the file must carry), or run it at a terminal");
    const QString whose =
        label.isEmpty()
            ? QStringLiteral("This file does not say whom it is for (it was made by an earlier "
                             "version).")
        : therapist ? QStringLiteral("This file goes into the record of: %1").arg(label)
                    : QStringLiteral("This file is for: %1").arg(label);
    std::fprintf(stderr, "%s\n", qPrintable(whose));
    const QString question = label.isEmpty()
                                 ? QStringLiteral("Import this file? Type yes")
                                 : QStringLiteral("Import the file for %1? Type yes").arg(label);
    auto answer = ctx.readLine(qPrintable(question));
    if (answer && answer.value().trimmed().compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0)
        return {};
    return QStringLiteral("whom the file is for was not confirmed");
}

int runHandoverImport(Context &ctx, Args &args)
{
    const QString file = args.takePositional();
    const auto patientOption = args.takeOption(QStringLiteral("--patient"));
    const auto forLabel = args.takeOption(QStringLiteral("--for"));
    if (file.isEmpty())
        return ctx.usage(QStringLiteral("handover import needs a file"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (!QFile::exists(file))
        return ctx.fail(makeError(ErrorCode::NotFound, QStringLiteral("cannot read %1").arg(file)));
    auto opened = open(ctx);
    if (!opened)
        return ctx.failProfile(opened.error());
    Store &store = *opened.value()->store;
    QString patientId;
    if (patientOption) {
        if (store.role() != Role::Therapist)
            return ctx.usage(QStringLiteral("--patient is for a therapist's profile"));
        auto patient = PatientStore(store.records()).resolve(*patientOption);
        if (!patient)
            return ctx.fail(patient.error());
        patientId = patient.value().id;
    }
    auto typed = ctx.readSecret("One-time code");
    if (!typed)
        return ctx.fail(typed.error());
    QString text = QString::fromUtf8(typed.value().view());
    auto code = handover::normalised(text);
    if (!code)
        return ctx.fail(makeError(ErrorCode::BadInput,
                                  QStringLiteral("that is not a one-time code: it has 12 letters "
                                                 "and digits, like 7KQ2-M9XD-4HTW")));
    // Opened and checked first; nothing is saved until whom it is for is confirmed.
    auto payload = handover::readAndOpen(file, *code);
    if (!payload)
        return ctx.fail(payload.error());
    auto inspected = handover::inspectPayload(store, payload.value(), patientId);
    if (!inspected) {
        wipeBytes(payload.value());
        return ctx.fail(inspected.error());
    }
    if (const QString refused =
            confirmWhom(ctx, inspected.value().label, store.role() == Role::Therapist, forLabel);
        !refused.isEmpty()) {
        wipeBytes(payload.value());
        return ctx.fail(
            makeError(ErrorCode::BadInput,
                      QStringLiteral("not imported: %1; nothing was saved").arg(refused)));
    }
    auto imported = handover::importPayload(store, payload.value(), patientId);
    wipeBytes(payload.value());
    if (!imported)
        return ctx.fail(imported.error());
    const handover::Imported &r = imported.value();
    QJsonObject added;
    for (auto it = r.added.byKind.cbegin(); it != r.added.byKind.cend(); ++it)
        added.insert(it.key(), it.value());
    QJsonObject json{{QStringLiteral("added"), added},
                     {QStringLiteral("alreadyHere"), r.alreadyHere},
                     {QStringLiteral("leftOut"), r.leftOut}};
    if (!r.patientId.isEmpty())
        json.insert(QStringLiteral("patient"), r.patientId);
    ctx.print(json, {QStringLiteral("Brought in %1; %2 already here.")
                         .arg(r.added.describe())
                         .arg(r.alreadyHere)});
    return kOk;
}

} // namespace

int runPatients(Context &ctx, Args &args)
{
    const QString sub = args.takePositional();
    if (sub == QLatin1String("list"))
        return runCaseloadList(ctx, args);
    if (sub == QLatin1String("add"))
        return runAdd(ctx, args);
    if (sub == QLatin1String("show"))
        return runCaseloadShow(ctx, args);
    return ctx.usage(QStringLiteral("patients needs list, add or show"));
}

int runHandover(Context &ctx, Args &args)
{
    const QString sub = args.takePositional();
    if (sub == QLatin1String("export"))
        return runHandoverExport(ctx, args);
    if (sub == QLatin1String("import"))
        return runHandoverImport(ctx, args);
    return ctx.usage(QStringLiteral("handover needs export or import"));
}

} // namespace dit::cli
