#include "LetterStore.h"

#include "Annotations.h"
#include "LetterDrafts.h"

#include <QCoreApplication>
#include <QSet>

namespace dit {

namespace {

const QString kLetter = QStringLiteral("letter");
const QString kVersion = QStringLiteral("version");
const QString kMark = QStringLiteral("mark");

Error notFound()
{
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate("LetterStore", "That letter is not here."));
}

const LetterVersion *newest(const QList<LetterVersion> &versions,
                            bool (*want)(const LetterVersion &))
{
    const LetterVersion *best = nullptr;
    for (const LetterVersion &v : versions)
        if (want(v) && (!best || v.record.createdAt >= best->record.createdAt))
            best = &v;
    return best;
}

} // namespace

QString versionMarkName(VersionMark mark)
{
    return mark == VersionMark::Final ? QStringLiteral("final") : QStringLiteral("shared");
}

bool versionMarkFromName(const QString &name, VersionMark *mark)
{
    if (name == QLatin1String("shared"))
        *mark = VersionMark::Shared;
    else if (name == QLatin1String("final"))
        *mark = VersionMark::Final;
    else
        return false;
    return true;
}

Result<Record> LetterStore::create(const Letter &letter, const QString &subject)
{
    if (const QString p = letter.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    return m_records.append(kLetter, letter.toJson(), subject);
}

Result<Record> LetterStore::revise(const QString &parentId, const Letter &letter)
{
    if (const QString p = letter.problem(); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    auto parent = m_records.get(parentId);
    if (!parent)
        return parent.error();
    if (parent.value().kind != kLetter)
        return notFound();
    return m_records.append(kLetter, letter.toJson(), parent.value().subject, parentId);
}

Result<Record> LetterStore::mark(const QString &versionId, VersionMark mark)
{
    auto v = m_records.get(versionId);
    if (!v)
        return v.error();
    if (v.value().kind != kLetter)
        return notFound();
    return m_records.append(
        QString::fromLatin1(kMarkKind),
        {{kLetter, v.value().thread}, {kVersion, versionId}, {kMark, versionMarkName(mark)}},
        v.value().subject);
}

Result<QHash<QString, LetterStore::Marks>> LetterStore::marksOf(const QString &thread,
                                                                const QString &subject)
{
    auto all = m_records.list(QString::fromLatin1(kMarkKind), subject);
    if (!all)
        return all.error();
    QHash<QString, Marks> out;
    for (const Record &r : all.value()) {
        if (r.body.value(kLetter).toString() != thread)
            continue;
        VersionMark m;
        if (!versionMarkFromName(r.body.value(kMark).toString(), &m))
            continue;
        Marks &marks = out[r.body.value(kVersion).toString()];
        (m == VersionMark::Final ? marks.final : marks.shared) = true;
    }
    return out;
}

Result<QList<LetterVersion>> LetterStore::build(const QList<Record> &records,
                                                const QString &subject)
{
    QList<LetterVersion> out;
    if (records.isEmpty())
        return out;
    auto marks = marksOf(records.first().thread, subject);
    if (!marks)
        return marks.error();
    QSet<QString> parents;
    for (const Record &r : records)
        if (!r.parent.isEmpty())
            parents.insert(r.parent);
    for (const Record &r : records) {
        if (r.kind != kLetter)
            continue;
        auto letter = Letter::fromJson(r.body);
        if (!letter)
            return letter.error();
        LetterVersion v;
        v.record = r;
        v.letter = letter.value();
        const Marks m = marks.value().value(r.id);
        v.shared = m.shared;
        v.final = m.final;
        v.isHead = !parents.contains(r.id);
        out.append(v);
    }
    return out;
}

Result<QList<LetterVersion>> LetterStore::versions(const QString &thread)
{
    auto records = m_records.thread(thread);
    if (!records)
        return records.error();
    if (records.value().isEmpty() || records.value().first().kind != kLetter)
        return notFound();
    return build(records.value(), records.value().first().subject);
}

Result<LetterVersion> LetterStore::version(const QString &versionId)
{
    auto r = m_records.get(versionId);
    if (!r)
        return r.error();
    if (r.value().kind != kLetter)
        return notFound();
    auto all = versions(r.value().thread);
    if (!all)
        return all.error();
    for (const LetterVersion &v : all.value())
        if (v.record.id == versionId)
            return v;
    return notFound();
}

Result<LetterVersion> LetterStore::currentVersion(const QString &thread)
{
    auto all = versions(thread);
    if (!all)
        return all.error();
    const LetterVersion *pick = newest(all.value(), [](const LetterVersion &v) { return v.final; });
    if (!pick)
        pick = newest(all.value(), [](const LetterVersion &v) { return v.isHead; });
    if (!pick)
        return notFound();
    return *pick;
}

Result<LetterSummary> LetterStore::summary(const QString &thread)
{
    auto all = versions(thread);
    if (!all)
        return all.error();
    auto current = currentVersion(thread);
    if (!current)
        return current.error();
    LetterSummary s;
    s.thread = thread;
    s.current = current.value();
    s.versionCount = int(all.value().size());
    for (const LetterVersion &v : all.value()) {
        if (v.isHead)
            ++s.headCount;
        if (!s.firstSaved.isValid() || v.record.createdAt < s.firstSaved)
            s.firstSaved = v.record.createdAt;
        if (!s.lastSaved.isValid() || v.record.createdAt > s.lastSaved)
            s.lastSaved = v.record.createdAt;
    }
    return s;
}

Result<QList<LetterSummary>> LetterStore::letters(const QString &subject)
{
    auto all = m_records.list(kLetter, subject);
    if (!all)
        return all.error();
    QStringList threads;
    for (const Record &r : all.value())
        if (!threads.contains(r.thread))
            threads << r.thread;
    QList<LetterSummary> out;
    for (const QString &t : threads) {
        auto s = summary(t);
        if (!s)
            return s.error();
        out << s.value();
    }
    return out;
}

Result<QString> LetterStore::replyTo(const QString &thread, const QString &subject)
{
    auto all = letters(subject);
    if (!all)
        return all.error();
    QString found;
    QDateTime when;
    for (const LetterSummary &s : all.value()) {
        const Letter &l = s.current.letter;
        if (l.author == LetterAuthor::Patient && l.inReplyTo == thread &&
            (found.isEmpty() || s.firstSaved > when)) {
            found = s.thread;
            when = s.firstSaved;
        }
    }
    return found;
}

Result<QString> LetterStore::resolve(const QString &idOrPrefix, const QString &subject)
{
    const QString wanted = idOrPrefix.trimmed().toLower();
    if (wanted.size() < 6)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("LetterStore",
                                        "Please give at least 6 characters of the letter's id."));
    auto all = m_records.list(kLetter, subject);
    if (!all)
        return all.error();
    QSet<QString> matches;
    for (const Record &r : all.value())
        if (r.thread.startsWith(wanted) || r.id.startsWith(wanted))
            matches.insert(r.thread);
    if (matches.isEmpty())
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("LetterStore", "No letter has the id %1.").arg(idOrPrefix));
    if (matches.size() > 1)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "LetterStore", "More than one letter starts with %1; please give more of the id.")
                .arg(idOrPrefix));
    return *matches.cbegin();
}

Status LetterStore::deleteLetter(const QString &thread)
{
    auto versionsOf = versions(thread);
    if (!versionsOf)
        return versionsOf.error();
    const QString subject = versionsOf.value().first().record.subject;
    AnnotationStore annotations(m_records);
    auto annotationThreads = annotations.threadsForLetter(thread, subject);
    if (!annotationThreads)
        return annotationThreads.error();
    auto marks = m_records.list(QString::fromLatin1(kMarkKind), subject);
    if (!marks)
        return marks.error();
    QStringList threads{thread};
    threads << annotationThreads.value();
    for (const Record &r : marks.value())
        if (r.body.value(kLetter).toString() == thread)
            threads << r.thread;
    return m_records.database().transaction([&]() -> Status {
        for (const QString &t : threads)
            if (Status s = m_records.deleteThread(t); !s)
                return s;
        return LetterDrafts::removeForLetter(m_records.database(), thread);
    });
}

} // namespace dit
