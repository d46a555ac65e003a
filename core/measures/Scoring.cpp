#include "Scoring.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace dit {

namespace {

const QStringList kRqStyles = {QStringLiteral("secure"), QStringLiteral("fearful"),
                               QStringLiteral("preoccupied"), QStringLiteral("dismissing")};

QList<const InstrumentItem *> scoredItems(const Instrument &q)
{
    QList<const InstrumentItem *> out;
    for (const InstrumentItem &i : q.items)
        if (i.isScored())
            out.append(&i);
    return out;
}

QSet<int> scoresOf(const InstrumentItem &item)
{
    QSet<int> s;
    for (const AnswerOption &o : item.options)
        if (o.score)
            s.insert(*o.score);
    return s;
}

QSet<int> range(int from, int to)
{
    QSet<int> s;
    for (int v = from; v <= to; ++v)
        s.insert(v);
    return s;
}

// "N items, each scored exactly from..to" (PHQ-9, GAD-7, SOS-10, WSAS).
QString sumShapeProblem(const Instrument &q, int items, int from, int to)
{
    const auto scored = scoredItems(q);
    if (scored.size() != items)
        return QCoreApplication::translate(
                   "Scoring",
                   "the %1 scoring rule needs %2 scored questions; this definition has %3.")
            .arg(q.scoringRule)
            .arg(items)
            .arg(scored.size());
    for (const InstrumentItem *i : scored)
        if (scoresOf(*i) != range(from, to))
            return QCoreApplication::translate(
                       "Scoring", "question \"%1\" must offer the scores %2 to %3, once each.")
                .arg(i->linkId)
                .arg(from)
                .arg(to);
    return {};
}

const InstrumentItem *notWorkingItem(const Instrument &q)
{
    for (const InstrumentItem &i : q.items)
        if (!i.isScored() && i.type == InstrumentItem::Type::Choice &&
            i.option(QStringLiteral("yes")))
            return &i;
    return nullptr;
}

const InstrumentItem *rqChoiceItem(const Instrument &q)
{
    for (const InstrumentItem &i : q.items) {
        if (i.isScored() || i.type != InstrumentItem::Type::Choice)
            continue;
        QStringList codes;
        for (const AnswerOption &o : i.options)
            codes.append(o.code);
        if (QSet<QString>(codes.begin(), codes.end()) ==
            QSet<QString>(kRqStyles.begin(), kRqStyles.end()))
            return &i;
    }
    return nullptr;
}

std::optional<int> scoreOf(const InstrumentItem &item, const Answers &answers)
{
    const AnswerOption *o = item.option(answers.value(item.linkId));
    return o ? o->score : std::nullopt;
}

void applyBand(ScoreResult *r)
{
    if (!r->total)
        return;
    for (const Band &b : bandsFor(r->rule))
        if (*r->total >= b.min && *r->total <= b.max) {
            r->bandKey = b.key;
            r->bandLabel = b.label;
        }
}

// Adds up the scored questions that apply. Complete only if every one of them is answered.
void sumScores(const Instrument &q, const Answers &answers, ScoreResult *r)
{
    int total = 0;
    int maximum = 0;
    for (const InstrumentItem *i : scoredItems(q)) {
        if (!isEnabled(*i, answers))
            continue;
        const QSet<int> s = scoresOf(*i);
        maximum += *std::max_element(s.begin(), s.end());
        if (const auto v = scoreOf(*i, answers))
            total += *v;
        else
            r->missing.append(i->linkId);
    }
    r->maximum = maximum;
    r->complete = r->missing.isEmpty();
    if (r->complete)
        r->total = total;
}

// NHS Data Dictionary, "Work and Social Adjustment Scale score": the score is 0 to 40; where
// the work item is "not applicable" (the not-working tick) or one item is missing, the
// average of the answered items stands in for it; with more than one missing the form has no
// score. The Dictionary's format is a whole number (max n2), so the total is rounded to the
// nearest whole number, halves up: 4 answers adding up to 10 give 10 + 2.5 = 12.5, so 13.
void scoreWsas(const Instrument &q, const Answers &answers, ScoreResult *r)
{
    const auto scored = scoredItems(q);
    int sum = 0;
    int answered = 0;
    for (const InstrumentItem *i : scored) {
        const QSet<int> s = scoresOf(*i);
        r->maximum += *std::max_element(s.begin(), s.end());
        if (const auto v = scoreOf(*i, answers)) {
            sum += *v;
            ++answered;
        } else if (isEnabled(*i, answers)) {
            r->missing.append(i->linkId);
        }
    }
    r->complete = r->missing.isEmpty();
    const auto items = int(scored.size());
    if (answered == items) {
        r->total = sum;
    } else if (answered == items - 1) {
        r->total = (2 * sum * items + answered) / (2 * answered);
        r->flags.append(QString::fromLatin1(flag::kTotalFromAverage));
        r->notes.append(
            r->missing.isEmpty()
                ? QCoreApplication::translate(
                      "Scoring", "The work question does not apply, so the total is completed "
                                 "from the average of the other answers (the NHS rule for this "
                                 "scale).")
                : QCoreApplication::translate(
                      "Scoring", "One question was not answered, so the total is completed from "
                                 "the average of the other answers (the NHS rule for this "
                                 "scale)."));
    } else {
        r->notes.append(QCoreApplication::translate(
            "Scoring",
            "%n question(s) not answered or not applying, so there is no total. This scale "
            "has a total only when at most one of its five questions is left out.",
            nullptr, items - answered));
    }
    applyBand(r);
}

void scoreRq(const Instrument &q, const Answers &answers, ScoreResult *r)
{
    QJsonObject ratings;
    const InstrumentItem *choice = rqChoiceItem(q);
    if (choice && !answers.contains(choice->linkId))
        r->missing.append(choice->linkId);
    QMap<QString, int> rating;
    for (const QString &style : kRqStyles) {
        const InstrumentItem *item = q.item(QStringLiteral("rq-") + style);
        const auto v = item ? scoreOf(*item, answers) : std::nullopt;
        if (v)
            rating.insert(style, *v);
        else if (item)
            r->missing.append(item->linkId);
    }
    r->complete = r->missing.isEmpty();
    if (!r->complete)
        return;
    const QString chosen = answers.value(choice->linkId);
    for (const QString &style : kRqStyles)
        ratings.insert(style, rating.value(style));
    // Griffin & Bartholomew (1994): model of self = (secure + dismissing) - (fearful +
    // preoccupied); model of other = (secure + preoccupied) - (fearful + dismissing). Each
    // ranges from -12 to 12.
    const int self =
        rating.value(QStringLiteral("secure")) + rating.value(QStringLiteral("dismissing")) -
        rating.value(QStringLiteral("fearful")) - rating.value(QStringLiteral("preoccupied"));
    const int other =
        rating.value(QStringLiteral("secure")) + rating.value(QStringLiteral("preoccupied")) -
        rating.value(QStringLiteral("fearful")) - rating.value(QStringLiteral("dismissing"));
    r->derived = {{QStringLiteral("style"), chosen},
                  {QStringLiteral("ratings"), ratings},
                  {QStringLiteral("selfModel"), self},
                  {QStringLiteral("otherModel"), other}};
    const int highest = *std::max_element(rating.cbegin(), rating.cend());
    if (rating.value(chosen) < highest) {
        r->flags.append(QString::fromLatin1(flag::kRqChoiceNotHighest));
        r->notes.append(QCoreApplication::translate(
            "Scoring", "The style chosen as fitting best is not the one rated highest."));
    }
}

} // namespace

QJsonObject ScoreResult::toJson() const
{
    QJsonObject o{{QStringLiteral("rule"), rule},
                  {QStringLiteral("complete"), complete},
                  {QStringLiteral("maximum"), maximum},
                  {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
                  {QStringLiteral("missing"), QJsonArray::fromStringList(missing)}};
    if (total)
        o.insert(QStringLiteral("total"), *total);
    if (!bandKey.isEmpty()) {
        o.insert(QStringLiteral("band"), bandKey);
        o.insert(QStringLiteral("bandLabel"), bandLabel);
    }
    if (higherIsBetter)
        o.insert(QStringLiteral("higherIsBetter"), true);
    if (!derived.isEmpty())
        o.insert(QStringLiteral("derived"), derived);
    return o;
}

ScoreResult ScoreResult::fromJson(const QJsonObject &o)
{
    ScoreResult r;
    r.rule = o.value(QStringLiteral("rule")).toString();
    r.complete = o.value(QStringLiteral("complete")).toBool();
    r.maximum = o.value(QStringLiteral("maximum")).toInt();
    if (o.value(QStringLiteral("total")).isDouble())
        r.total = o.value(QStringLiteral("total")).toInt();
    r.bandKey = o.value(QStringLiteral("band")).toString();
    r.bandLabel = o.value(QStringLiteral("bandLabel")).toString();
    r.higherIsBetter = o.value(QStringLiteral("higherIsBetter")).toBool();
    for (const QJsonValue &f : o.value(QStringLiteral("flags")).toArray())
        r.flags.append(f.toString());
    for (const QJsonValue &m : o.value(QStringLiteral("missing")).toArray())
        r.missing.append(m.toString());
    r.derived = o.value(QStringLiteral("derived")).toObject();
    return r;
}

QStringList knownScoringRules()
{
    return {QStringLiteral("phq9"),  QStringLiteral("gad7"), QStringLiteral("wsas"),
            QStringLiteral("sos10"), QStringLiteral("rq"),   QStringLiteral("risk"),
            QStringLiteral("none")};
}

QString scoringRuleProblem(const Instrument &q)
{
    const QString &rule = q.scoringRule;
    if (rule == QStringLiteral("phq9"))
        return sumShapeProblem(q, 9, 0, 3);
    if (rule == QStringLiteral("gad7"))
        return sumShapeProblem(q, 7, 0, 3);
    if (rule == QStringLiteral("sos10"))
        return sumShapeProblem(q, 10, 0, 6);
    if (rule == QStringLiteral("wsas")) {
        if (QString p = sumShapeProblem(q, 5, 0, 8); !p.isEmpty())
            return p;
        // Mundt et al. (2002): someone retired or not working for reasons unrelated to their
        // problem leaves out the work item.
        const InstrumentItem *notWorking = notWorkingItem(q);
        const InstrumentItem *work = scoredItems(q).first();
        const bool workDependsOnIt = notWorking && work->enableWhen.size() == 1 &&
                                     work->enableWhen.first().question == notWorking->linkId &&
                                     !work->enableWhen.first().equals &&
                                     work->enableWhen.first().answerCode == QStringLiteral("yes");
        if (!workDependsOnIt)
            return QCoreApplication::translate(
                "Scoring", "the wsas scoring rule needs a question with the answer \"yes\" for "
                           "not working, and the first scored question enabled only when it is not "
                           "\"yes\".");
        return {};
    }
    if (rule == QStringLiteral("rq")) {
        if (!rqChoiceItem(q))
            return QCoreApplication::translate(
                "Scoring",
                "the rq scoring rule needs a question whose answers are secure, fearful, "
                "preoccupied and dismissing.");
        for (const QString &style : kRqStyles) {
            const InstrumentItem *item = q.item(QStringLiteral("rq-") + style);
            if (!item || scoresOf(*item) != range(1, 7))
                return QCoreApplication::translate(
                           "Scoring",
                           "the rq scoring rule needs the question \"rq-%1\" scored 1 to 7.")
                    .arg(style);
        }
        return {};
    }
    if (rule == QStringLiteral("risk")) {
        for (const InstrumentItem &i : q.items)
            if (i.type == InstrumentItem::Type::Choice)
                return {};
        return QCoreApplication::translate(
            "Scoring", "the risk scoring rule needs at least one choice question.");
    }
    if (rule == QStringLiteral("none"))
        return {};
    return QCoreApplication::translate("Scoring", "the scoring rule \"%1\" is not known.")
        .arg(rule);
}

Status validateAnswers(const Instrument &q, const Answers &answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const InstrumentItem *item = q.item(it.key());
        if (!item)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate("Scoring", "%1 has no question \"%2\".")
                                 .arg(q.shortName(), it.key()));
        if (!isEnabled(*item, answers))
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Scoring",
                                 "%1 question \"%2\" does not apply with the other answers given, "
                                 "so it must be left unanswered.")
                                 .arg(q.shortName(), item->prefix + item->linkId));
        if (item->type == InstrumentItem::Type::Choice && !item->option(it.value()))
            return makeError(
                ErrorCode::BadInput,
                QCoreApplication::translate(
                    "Scoring", "\"%1\" is not one of the answers to %2 question \"%3\".")
                    .arg(it.value(), q.shortName(), item->linkId));
        if (item->type == InstrumentItem::Type::Text && it.value().size() > 20000)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Scoring", "The answer to %1 question \"%2\" is too long.")
                                 .arg(q.shortName(), item->linkId));
    }
    return {};
}

ScoreResult evaluate(const Instrument &q, const Answers &answers, const RiskPolicy &risk)
{
    ScoreResult r;
    r.instrument = q.id;
    r.rule = q.scoringRule;
    if (r.rule == QStringLiteral("wsas")) {
        scoreWsas(q, answers, &r);
    } else if (r.rule == QStringLiteral("phq9") || r.rule == QStringLiteral("gad7") ||
               r.rule == QStringLiteral("sos10")) {
        sumScores(q, answers, &r);
        r.higherIsBetter = r.rule == QStringLiteral("sos10");
        applyBand(&r);
        if (!r.complete)
            r.notes.append(QCoreApplication::translate(
                "Scoring",
                "%n question(s) not answered, so there is no total. A total is "
                "never estimated from part of a form.",
                nullptr, int(r.missing.size())));
    } else if (r.rule == QStringLiteral("rq")) {
        scoreRq(q, answers, &r);
        if (!r.complete)
            r.notes.append(QCoreApplication::translate(
                "Scoring",
                "%n question(s) not answered, so the style and dimensions are not "
                "worked out.",
                nullptr, int(r.missing.size())));
    } else {
        r.complete = true;
        for (const InstrumentItem &i : q.items)
            if (i.required && isEnabled(i, answers) && !answers.contains(i.linkId)) {
                r.missing.append(i.linkId);
                r.complete = false;
            }
    }
    // Blais et al. (1999) SOS-10: every answer at the same end of the scale (all 0 or all 6)
    // may mean the scale was misread; the total is kept and flagged, never changed.
    if (r.rule == QStringLiteral("sos10") && r.total) {
        QSet<int> given;
        for (const InstrumentItem *i : scoredItems(q))
            given.insert(scoreOf(*i, answers).value_or(-1));
        if (given == QSet<int>{0} || given == QSet<int>{6}) {
            r.flags.append(QString::fromLatin1(flag::kPossiblyInvalid));
            r.notes.append(QCoreApplication::translate(
                "Scoring", "Every answer is at the same end of the scale (all 0 or all 6). "
                           "That can be accurate, but can also mean the scale was read the "
                           "other way round, so this total may be worth talking over."));
        }
    }
    if (risk.flags(q, answers))
        r.flags.prepend(QString::fromLatin1(flag::kRisk));
    return r;
}

QList<Band> bandsFor(const QString &rule)
{
    // Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613: PHQ-9 totals of 5, 10,
    // 15 and 20 mark mild, moderate, moderately severe and severe depression.
    if (rule == QStringLiteral("phq9"))
        return {
            {0, 4, QStringLiteral("minimal"), QCoreApplication::translate("Scoring", "Minimal")},
            {5, 9, QStringLiteral("mild"), QCoreApplication::translate("Scoring", "Mild")},
            {10, 14, QStringLiteral("moderate"),
             QCoreApplication::translate("Scoring", "Moderate")},
            {15, 19, QStringLiteral("moderately-severe"),
             QCoreApplication::translate("Scoring", "Moderately severe")},
            {20, 27, QStringLiteral("severe"), QCoreApplication::translate("Scoring", "Severe")}};
    // Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092-1097: GAD-7 totals of
    // 5, 10 and 15 mark mild, moderate and severe anxiety.
    if (rule == QStringLiteral("gad7"))
        return {
            {0, 4, QStringLiteral("minimal"), QCoreApplication::translate("Scoring", "Minimal")},
            {5, 9, QStringLiteral("mild"), QCoreApplication::translate("Scoring", "Mild")},
            {10, 14, QStringLiteral("moderate"),
             QCoreApplication::translate("Scoring", "Moderate")},
            {15, 21, QStringLiteral("severe"), QCoreApplication::translate("Scoring", "Severe")}};
    // Mundt, Marks, Shear & Greist (2002), Br J Psychiatry 180:461-464: WSAS totals above 20
    // suggest moderately severe or worse impairment, 10-20 significant impairment with less
    // severe symptoms, below 10 a subclinical population.
    if (rule == QStringLiteral("wsas"))
        return {{0, 9, QStringLiteral("subclinical"),
                 QCoreApplication::translate("Scoring", "Subclinical")},
                {10, 20, QStringLiteral("significant"),
                 QCoreApplication::translate("Scoring", "Significant impairment")},
                {21, 40, QStringLiteral("severe"),
                 QCoreApplication::translate("Scoring", "Moderately severe or worse")}};
    return {};
}

std::optional<int> casenessThreshold(const QString &rule)
{
    // NHS Talking Therapies manual (v6, 2023), measurement: PHQ-9 >= 10, GAD-7 >= 8.
    if (rule == QStringLiteral("phq9"))
        return 10;
    if (rule == QStringLiteral("gad7"))
        return 8;
    return std::nullopt;
}

std::optional<int> reliableChange(const QString &rule)
{
    // NHS Talking Therapies manual: a change of 6 or more on PHQ-9, 4 or more on GAD-7,
    // exceeds the measurement error of the scale.
    if (rule == QStringLiteral("phq9"))
        return 6;
    if (rule == QStringLiteral("gad7"))
        return 4;
    return std::nullopt;
}

} // namespace dit
