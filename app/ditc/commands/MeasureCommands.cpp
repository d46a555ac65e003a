// ditc score, respond, export and outcomes: pre-session measures (docs/MEASURES.md).
#include "Commands.h"
#include "Unlock.h"
#include "common/Clock.h"
#include "course/CourseStore.h"
#include "measures/AnswerVector.h"
#include "measures/MeasuresConfig.h"
#include "measures/MeasuresOverview.h"
#include "measures/Outcomes.h"
#include "measures/ResponseExport.h"
#include "measures/ResponseStore.h"
#include "storage/AtomicFile.h"
#include "storage/Profile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>

namespace dit::cli {

namespace {

// The instruments and risk rules: built in, or a service's (--service DIR).
Result<MeasuresConfig> measuresConfig(Args &args)
{
    const QString service = args.takeOption(QStringLiteral("--service")).value_or(QString());
    if (!service.isEmpty() && !QDir(service).exists())
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no service folder at %1").arg(service));
    MeasuresConfig config = MeasuresConfig::load(service);
    for (const QString &p : config.problems)
        std::fprintf(stderr, "ditc: warning: %s\n", p.toUtf8().constData());
    return config;
}

Result<std::unique_ptr<Store>> unlockProfile(Context &ctx, const Clock &clock)
{
    Profile profile(ctx.profileDir, clock);
    return openProfile(ctx, profile);
}

QStringList scoreLines(const Instrument &q, const ScoreResult &r)
{
    QStringList lines;
    if (r.total) {
        QString line =
            QStringLiteral("%1: %2 of %3").arg(q.shortName()).arg(*r.total).arg(r.maximum);
        for (const Band &b : bandsFor(r.rule))
            if (b.key == r.bandKey)
                line += QStringLiteral(", %1 (%2-%3)").arg(b.label.toLower()).arg(b.min).arg(b.max);
        if (r.higherIsBetter)
            line += QStringLiteral(" (higher is better)");
        lines << line;
    } else if (r.rule == QStringLiteral("rq") && r.complete) {
        lines << QStringLiteral("%1: chose %2; model of self %3, model of others %4")
                     .arg(q.shortName(), r.derived.value(QStringLiteral("style")).toString())
                     .arg(r.derived.value(QStringLiteral("selfModel")).toInt())
                     .arg(r.derived.value(QStringLiteral("otherModel")).toInt());
    } else if (r.complete) {
        lines
            << QStringLiteral("%1: answered (no total for this questionnaire)").arg(q.shortName());
    } else {
        lines << QStringLiteral("%1: no total").arg(q.shortName());
    }
    lines << QStringLiteral("Flags: %1")
                 .arg(r.flags.isEmpty() ? QStringLiteral("none")
                                        : r.flags.join(QStringLiteral(", ")));
    lines << r.notes;
    if (r.hasFlag(QString::fromLatin1(flag::kRisk)))
        lines << QStringLiteral("This answer is flagged for the therapist. ditc alerts no one.");
    return lines;
}

QJsonObject scoreJson(const ScoreResult &r)
{
    QJsonObject o = r.toJson();
    o.insert(QStringLiteral("instrument"), r.instrument);
    o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(r.notes));
    return o;
}

} // namespace

int runScore(Context &ctx, Args &args)
{
    const auto id = args.takeOption(QStringLiteral("--instrument"));
    const auto vector = args.takeOption(QStringLiteral("--answers"));
    auto config = measuresConfig(args);
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (!id || !vector)
        return ctx.usage(QStringLiteral("score needs --instrument ID and --answers A,B,C"));
    if (!config)
        return ctx.fail(config.error());
    const Instrument *q = config.value().catalogue.find(*id);
    if (!q)
        return ctx.fail(
            makeError(ErrorCode::BadInput,
                      QStringLiteral("unknown instrument %1 (known: %2)")
                          .arg(*id, config.value().catalogue.ids().join(QStringLiteral(", ")))));
    auto answers = parseAnswerVector(*q, *vector);
    if (!answers)
        return ctx.fail(answers.error());
    const ScoreResult r = evaluate(*q, answers.value(), config.value().risk);
    ctx.print(scoreJson(r), scoreLines(*q, r));
    return kOk;
}

int runRespond(Context &ctx, Args &args)
{
    const auto id = args.takeOption(QStringLiteral("--instrument"));
    const auto sessionText = args.takeOption(QStringLiteral("--session"));
    const auto vector = args.takeOption(QStringLiteral("--answers"));
    const QString replaces = args.takeOption(QStringLiteral("--replaces")).value_or(QString());
    auto config = measuresConfig(args);
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    bool sessionOk = false;
    const int session = sessionText ? sessionText->toInt(&sessionOk) : 0;
    if (!id || !vector || !sessionOk)
        return ctx.usage(QStringLiteral(
            "respond needs --instrument ID, --session N (1 to 1,000) and --answers"));
    // The limits ResponseStore::submit keeps, said as they are.
    if (session < 1 || session > 1000)
        return ctx.usage(QStringLiteral("the session number must be from 1 to 1,000"));
    if (!config)
        return ctx.fail(config.error());
    const Instrument *q = config.value().catalogue.find(*id);
    if (!q)
        return ctx.fail(
            makeError(ErrorCode::BadInput, QStringLiteral("unknown instrument %1").arg(*id)));
    auto answers = parseAnswerVector(*q, *vector);
    if (!answers)
        return ctx.fail(answers.error());
    if (answers.value().isEmpty())
        return ctx.fail(makeError(ErrorCode::BadInput,
                                  QStringLiteral("--answers gave no answer; nothing was stored")));
    SystemClock clock;
    auto store = unlockProfile(ctx, clock);
    if (!store)
        return ctx.fail(store.error());
    auto course = CourseStore(store.value()->records()).current();
    if (!course)
        return ctx.fail(course.error());
    if (course.value() && session > course.value()->totalSessions)
        return ctx.fail(
            makeError(ErrorCode::BadInput,
                      QStringLiteral("the course has %1 sessions; there is no session %2")
                          .arg(course.value()->totalSessions)
                          .arg(session)));
    ResponseStore responses(store.value()->records(), config.value().catalogue,
                            config.value().risk);
    auto stored = responses.submit(*id, session, answers.value(), replaces);
    if (!stored)
        return ctx.fail(stored.error());
    const StoredResponse &r = stored.value();
    QJsonObject json = scoreJson(r.score);
    json.insert(QStringLiteral("id"), r.id);
    json.insert(QStringLiteral("session"), r.session);
    json.insert(QStringLiteral("authored"), r.authored.toString(Qt::ISODate));
    if (!r.replaces.isEmpty())
        json.insert(QStringLiteral("replaces"), r.replaces);
    QStringList lines = {
        QStringLiteral("Stored response %1 for session %2").arg(r.id).arg(r.session)};
    lines << scoreLines(*q, r.score);
    ctx.print(json, lines);
    return kOk;
}

int runExport(Context &ctx, Args &args)
{
    const QString format = args.takeOption(QStringLiteral("--format")).value_or(QString());
    const QString out = args.takeOption(QStringLiteral("--out")).value_or(QString());
    auto config = measuresConfig(args);
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (format != QStringLiteral("fhir") && format != QStringLiteral("csv"))
        return ctx.usage(QStringLiteral("export needs --format fhir or --format csv"));
    if (!config)
        return ctx.fail(config.error());
    SystemClock clock;
    auto store = unlockProfile(ctx, clock);
    if (!store)
        return ctx.fail(store.error());
    ResponseStore responses(store.value()->records(), config.value().catalogue,
                            config.value().risk);
    auto all = responses.all();
    if (!all)
        return ctx.fail(all.error());
    const QByteArray data =
        format == QStringLiteral("csv")
            ? toCsv(all.value(), config.value().catalogue)
            : QJsonDocument(toFhirBundle(all.value(), config.value().catalogue, clock.now()))
                  .toJson();
    if (out.isEmpty()) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return kOk;
    }
    // Written atomically, readable only by its owner: the answers are sensitive.
    if (Status s = writeFileAtomically(out, data); !s)
        return ctx.fail(s.error());
    ctx.print({{QStringLiteral("file"), out},
               {QStringLiteral("format"), format},
               {QStringLiteral("responses"), int(all.value().size())}},
              {QStringLiteral("Exported %1 responses to %2").arg(all.value().size()).arg(out)});
    return kOk;
}

int runOutcomes(Context &ctx, Args &args)
{
    auto config = measuresConfig(args);
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (!config)
        return ctx.fail(config.error());
    SystemClock clock;
    auto store = unlockProfile(ctx, clock);
    if (!store)
        return ctx.fail(store.error());
    auto overview = measuresOverview(*store.value(), config.value(), {}, clock.now());
    if (!overview)
        return ctx.fail(overview.error());
    const CourseOutcome &outcome = overview.value().outcome;
    // The classification is JSON either way; --json makes it one line.
    const QByteArray json =
        QJsonDocument(outcome.toJson())
            .toJson(ctx.json ? QJsonDocument::Compact : QJsonDocument::Indented);
    std::fputs(json.constData(), stdout);
    if (ctx.json)
        std::fputc('\n', stdout);
    std::fflush(stdout);
    return kOk;
}

} // namespace dit::cli
