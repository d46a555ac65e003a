// Commands compiled only into test builds (DIT_TEST_HOOKS): they let the crash and leak
// tests drive the real binary the way the feature commands will.
#ifdef DIT_TEST_HOOKS

#include "Commands.h"
#include "common/Clock.h"
#include "storage/Drafts.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>

namespace dit::cli {

namespace {

// Sentences of the kind people write before a session, to give records realistic sizes.
constexpr const char *kPhrases[] = {
    "I noticed the old feeling of being second best when my sister called. ",
    "Work was hard; I kept thinking they would find out I am rubbish at it. ",
    "Slept badly again, woke at four and could not settle. ",
    "I want to talk about what happened with my manager on Tuesday. ",
    "It felt like smash and grab: I took what I needed and left before anyone noticed. ",
    "A better day. I went for a walk and called a friend. ",
    "When he did not answer I was sure he had given up on me. ",
};

QString textFor(QRandomGenerator &rng, const QString &marker)
{
    QString text;
    const int phrases = 1 + int(rng.bounded(30));
    for (int i = 0; i < phrases; ++i)
        text += QString::fromUtf8(kPhrases[rng.bounded(int(std::size(kPhrases)))]);
    if (!marker.isEmpty())
        text += marker;
    return text;
}

QString digestOf(const QString &text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// One line per committed write, flushed before the next write starts.
void acknowledge(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int runStressWrite(Context &ctx, Args &args)
{
    const int count =
        args.takeOption(QStringLiteral("--count")).value_or(QStringLiteral("0")).toInt();
    const int draftEvery =
        args.takeOption(QStringLiteral("--draft-every")).value_or(QStringLiteral("3")).toInt();
    const quint32 seed = args.takeOption(QStringLiteral("--seed"))
                             .value_or(QString::number(QRandomGenerator::system()->generate()))
                             .toUInt();
    const bool markerFromStdin = args.takeFlag(QStringLiteral("--marker-from-stdin"));
    // Where the write counter starts, so counters stay increasing across runs of a test.
    const int first =
        args.takeOption(QStringLiteral("--first")).value_or(QStringLiteral("1")).toInt();
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (count < 0 || draftEvery < 1 || first < 1)
        return ctx.usage(QStringLiteral("--count must be 0 or more and --draft-every 1 or more"));
    SystemClock clock;
    Profile profile(ctx.profileDir, clock);
    auto store = openProfile(ctx, profile);
    if (!store)
        return ctx.failProfile(store.error());
    QString marker;
    if (markerFromStdin) {
        auto line = ctx.readLine("Marker");
        if (!line)
            return ctx.fail(line.error());
        marker = line.value();
    }
    acknowledge(QStringLiteral("ready"));
    QRandomGenerator rng(seed);
    Drafts drafts(store.value()->database(), clock);
    for (int n = first; count == 0 || n < first + count; ++n) {
        const bool response = n % 3 != 0;
        const QString text = textFor(rng, marker);
        QJsonObject body{{QStringLiteral("n"), n},
                         {QStringLiteral("text"), text},
                         {QStringLiteral("digest"), digestOf(text)}};
        if (response) {
            QJsonArray answers;
            for (int i = 0; i < 9; ++i)
                answers.append(int(rng.bounded(4)));
            body.insert(QStringLiteral("questionnaire"), QStringLiteral("phq-9"));
            body.insert(QStringLiteral("answers"), answers);
        }
        const QString kind = response ? QStringLiteral("response") : QStringLiteral("note");
        auto record = store.value()->records().append(kind, body);
        if (!record)
            return ctx.fail(record.error());
        acknowledge(QStringLiteral("record %1 %2 %3").arg(kind, record.value().id).arg(n));

        if (n % draftEvery == 0) {
            const QString draftText = textFor(rng, marker);
            const QJsonObject draft{{QStringLiteral("n"), n},
                                    {QStringLiteral("text"), draftText},
                                    {QStringLiteral("digest"), digestOf(draftText)}};
            if (Status s = drafts.save(
                    QStringLiteral("stress:draft"), QStringLiteral("note"),
                    QString::fromUtf8(QJsonDocument(draft).toJson(QJsonDocument::Compact)));
                !s)
                return ctx.fail(s.error());
            acknowledge(QStringLiteral("draft stress:draft %1").arg(n));
        }
    }
    return kOk;
}

} // namespace dit::cli

#endif // DIT_TEST_HOOKS
