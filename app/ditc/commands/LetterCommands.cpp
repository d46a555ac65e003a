// ditc letter: list, show, import and export the goodbye letter (docs/LETTERS.md).
#include "Commands.h"
#include "LetterPdf.h"
#include "Unlock.h"
#include "common/Clock.h"
#include "common/RegularFile.h"
#include "letters/LetterExport.h"
#include "letters/LetterFile.h"
#include "letters/LetterStore.h"
#include "storage/AtomicFile.h"
#include "storage/Profile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <unistd.h>

namespace dit::cli {

namespace {

// An unlocked profile and the clock it was opened with (the store keeps a reference).
struct OpenedLetters
{
    SystemClock clock;
    std::unique_ptr<Store> store;
};

Result<std::unique_ptr<OpenedLetters>> openProfile(Context &ctx)
{
    auto opened = std::make_unique<OpenedLetters>();
    Profile profile(ctx.profileDir, opened->clock);
    const auto found = profile.inspect();
    if (found.state == Profile::State::Missing)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no profile in %1").arg(ctx.profileDir));
    if (found.state == Profile::State::Damaged)
        return makeError(ErrorCode::Damaged, found.problem);
    auto passphrase = ctx.readSecret("Passphrase");
    if (!passphrase)
        return passphrase.error();
    const AttemptCopy copy(profile);
    auto store = profile.unlock(passphrase.value());
    if (!store)
        return store.error();
    opened->store = std::move(store.value());
    return opened;
}

QString stateOf(const LetterVersion &v)
{
    return v.final    ? QStringLiteral("final")
           : v.shared ? QStringLiteral("shared")
                      : QStringLiteral("draft");
}

QJsonObject summaryJson(const LetterSummary &s)
{
    const Letter &l = s.current.letter;
    QJsonObject o{{QStringLiteral("id"), s.thread},
                  {QStringLiteral("author"), letterAuthorName(l.author)},
                  {QStringLiteral("title"), l.title},
                  {QStringLiteral("date"), l.date.toString(Qt::ISODate)},
                  {QStringLiteral("versions"), s.versionCount},
                  {QStringLiteral("heads"), s.headCount},
                  {QStringLiteral("current"), s.current.record.id},
                  {QStringLiteral("state"), stateOf(s.current)}};
    if (!l.inReplyTo.isEmpty())
        o.insert(QStringLiteral("inReplyTo"), l.inReplyTo);
    return o;
}

int runLettersList(Context &ctx, Args &args)
{
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto opened = openProfile(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    auto all = LetterStore(opened.value()->store->records()).letters();
    if (!all)
        return ctx.fail(all.error());
    QJsonArray list;
    QStringList plain;
    for (const LetterSummary &s : all.value()) {
        list.append(summaryJson(s));
        const Letter &l = s.current.letter;
        QString line =
            QStringLiteral("%1  %2  %3  %4  (%5, %6 version(s))")
                .arg(s.thread, l.date.toString(Qt::ISODate),
                     letterAuthorName(l.author).leftJustified(9), l.title, stateOf(s.current))
                .arg(s.versionCount);
        if (s.headCount > 1)
            line += QStringLiteral(" [%1 versions made apart]").arg(s.headCount);
        plain << line;
    }
    if (plain.isEmpty())
        plain << QStringLiteral("No letters yet.");
    ctx.print({{QStringLiteral("letters"), list}}, plain);
    return kOk;
}

int runLettersShow(Context &ctx, Args &args)
{
    const QString id = args.takePositional();
    const auto versionId = args.takeOption(QStringLiteral("--version"));
    if (id.isEmpty())
        return ctx.usage(QStringLiteral("letter show needs a letter id"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    auto opened = openProfile(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    LetterStore letters(opened.value()->store->records());
    auto thread = letters.resolve(id);
    if (!thread)
        return ctx.fail(thread.error());
    auto versions = letters.versions(thread.value());
    if (!versions)
        return ctx.fail(versions.error());
    auto shown = versionId ? letters.version(*versionId) : letters.currentVersion(thread.value());
    if (!shown || shown.value().record.thread != thread.value())
        return ctx.fail(shown ? makeError(ErrorCode::NotFound,
                                          QStringLiteral("that version is not of this letter"))
                              : shown.error());
    QJsonArray versionList;
    QStringList plain;
    for (const LetterVersion &v : versions.value()) {
        versionList.append(
            QJsonObject{{QStringLiteral("id"), v.record.id},
                        {QStringLiteral("parent"), v.record.parent},
                        {QStringLiteral("savedAt"), v.record.createdAt.toString(Qt::ISODate)},
                        {QStringLiteral("state"), stateOf(v)},
                        {QStringLiteral("head"), v.isHead}});
        plain << QStringLiteral("%1 version %2  saved %3  %4%5%6")
                     .arg(v.record.id == shown.value().record.id ? QStringLiteral("*")
                                                                 : QStringLiteral(" "),
                          v.record.id, v.record.createdAt.toString(Qt::ISODate), stateOf(v),
                          v.isHead ? QStringLiteral(", latest") : QString(),
                          v.record.parent.isEmpty()
                              ? QString()
                              : QStringLiteral(", revises %1").arg(v.record.parent.left(8)));
    }
    letters::LetterExport content;
    content.letter = shown.value().letter;
    plain << QString() << letters::toPlainTextExport(content).trimmed();
    QJsonObject obj = shown.value().letter.toJson();
    obj.insert(QStringLiteral("id"), thread.value());
    obj.insert(QStringLiteral("version"), shown.value().record.id);
    obj.insert(QStringLiteral("versions"), versionList);
    ctx.print(obj, plain);
    return kOk;
}

int runImport(Context &ctx, Args &args)
{
    const QString file = args.takePositional();
    const auto parent = args.takeOption(QStringLiteral("--parent"));
    if (file.isEmpty())
        return ctx.usage(QStringLiteral("letter import needs a file"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    // Read and check the whole file before touching the profile: a malformed file changes
    // nothing.
    const auto bytes = readRegularFile(file, letters::kMaxLetterFileBytes);
    if (!bytes)
        return ctx.fail(bytes.error());
    auto letter = letters::parseLetterFile(bytes.value());
    if (!letter)
        return ctx.fail(
            makeError(letter.error().code, QStringLiteral("%1: %2").arg(QFileInfo(file).fileName(),
                                                                        letter.error().message)));
    auto opened = openProfile(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    LetterStore letters(opened.value()->store->records());
    if (!letter.value().inReplyTo.isEmpty())
        if (auto answered = letters.versions(letter.value().inReplyTo); !answered)
            return ctx.fail(makeError(ErrorCode::NotFound,
                                      QStringLiteral("In-Reply-To names a letter that is not in "
                                                     "this profile; nothing was imported")));
    Result<Record> saved =
        parent ? letters.revise(*parent, letter.value()) : letters.create(letter.value());
    if (!saved)
        return ctx.fail(saved.error());
    ctx.print({{QStringLiteral("id"), saved.value().thread},
               {QStringLiteral("version"), saved.value().id},
               {QStringLiteral("sections"), int(letter.value().sections.size())}},
              {QStringLiteral("Imported \"%1\" (%2 sections) as letter %3, version %4")
                   .arg(letter.value().title)
                   .arg(letter.value().sections.size())
                   .arg(saved.value().thread, saved.value().id)});
    return kOk;
}

int runLetterExport(Context &ctx, Args &args)
{
    const QString id = args.takePositional();
    const QString format = args.takeOption(QStringLiteral("--format")).value_or(QString());
    const auto out = args.takeOption(QStringLiteral("--out"));
    letters::ExportOptions options;
    options.includeReply = !args.takeFlag(QStringLiteral("--no-reply"));
    options.includeMarks = args.takeFlag(QStringLiteral("--with-marks"));
    if (id.isEmpty())
        return ctx.usage(QStringLiteral("letter export needs a letter id"));
    if (format != QLatin1String("pdf") && format != QLatin1String("txt") &&
        format != QLatin1String("md"))
        return ctx.usage(QStringLiteral("--format must be pdf, txt or md"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (out && QFile::exists(*out))
        return ctx.fail(
            makeError(ErrorCode::AlreadyExists,
                      QStringLiteral("%1 already exists; it was not replaced").arg(*out)));
    if (!out && format == QLatin1String("pdf") && ::isatty(STDOUT_FILENO))
        return ctx.usage(QStringLiteral("a PDF is not shown on a terminal; give --out FILE"));
    auto opened = openProfile(ctx);
    if (!opened)
        return ctx.fail(opened.error());
    RecordStore &records = opened.value()->store->records();
    auto thread = LetterStore(records).resolve(id);
    if (!thread)
        return ctx.fail(thread.error());
    auto content = letters::gatherExport(records, thread.value(), options);
    if (!content)
        return ctx.fail(content.error());

    QByteArray bytes;
    if (format == QLatin1String("pdf")) {
        auto pdf = documents::letterPdf(content.value());
        if (!pdf)
            return ctx.fail(pdf.error());
        bytes = pdf.value();
    } else if (format == QLatin1String("txt")) {
        bytes = letters::toPlainTextExport(content.value()).toUtf8();
    } else {
        bytes = letters::toLetterFile(content.value().letter).toUtf8();
    }
    if (!out) {
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        return kOk;
    }
    if (Status s = writeFileAtomically(*out, bytes); !s)
        return ctx.fail(s.error());
    // Only the path and size: never the letter's words.
    ctx.print({{QStringLiteral("file"), *out},
               {QStringLiteral("format"), format},
               {QStringLiteral("bytes"), int(bytes.size())}},
              {QStringLiteral("Wrote %1 (%2 bytes). The file is not encrypted: keep it "
                              "somewhere private.")
                   .arg(*out)
                   .arg(bytes.size())});
    return kOk;
}

} // namespace

int runLetter(Context &ctx, Args &args)
{
    const QString sub = args.takePositional();
    if (sub == QLatin1String("list"))
        return runLettersList(ctx, args);
    if (sub == QLatin1String("show"))
        return runLettersShow(ctx, args);
    if (sub == QLatin1String("import"))
        return runImport(ctx, args);
    if (sub == QLatin1String("export"))
        return runLetterExport(ctx, args);
    return ctx.usage(sub.isEmpty() ? QStringLiteral("letter needs list, show, import or export")
                                   : QStringLiteral("unknown letter command %1").arg(sub));
}

bool letterCommandNeedsGui(const QStringList &arguments)
{
    const qsizetype letter = arguments.indexOf(QStringLiteral("letter"));
    if (letter < 0 || !arguments.mid(letter + 1).contains(QStringLiteral("export")))
        return false;
    const qsizetype format = arguments.indexOf(QStringLiteral("--format"));
    return arguments.contains(QStringLiteral("--format=pdf")) ||
           (format >= 0 && format + 1 < arguments.size() &&
            arguments.at(format + 1) == QLatin1String("pdf"));
}

} // namespace dit::cli
