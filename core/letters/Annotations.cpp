#include "Annotations.h"

#include "text/Markdown.h"

#include <QCoreApplication>
#include <QSet>

namespace dit {

namespace {

const QString kNote = QStringLiteral("note");

QString checkNote(const QString &note)
{
    if (note.trimmed().isEmpty())
        return QCoreApplication::translate("Annotations", "The note is empty.");
    if (note.size() > AnnotationStore::kMaxNoteLength)
        return QCoreApplication::translate("Annotations",
                                           "The note is too long (at most %1 characters).")
            .arg(AnnotationStore::kMaxNoteLength);
    return {};
}

// The newest of the records no other record in the list names as parent.
const Record *newestHead(const QList<Record> &records)
{
    QSet<QString> parents;
    for (const Record &r : records)
        if (!r.parent.isEmpty())
            parents.insert(r.parent);
    const Record *best = nullptr;
    for (const Record &r : records)
        if (!parents.contains(r.id) && (!best || r.createdAt >= best->createdAt))
            best = &r;
    return best;
}

} // namespace

QJsonObject PassageAnchor::toJson() const
{
    return {{QStringLiteral("letter"), letter},   {QStringLiteral("version"), version},
            {QStringLiteral("section"), section}, {QStringLiteral("sectionKey"), sectionKey},
            {QStringLiteral("block"), block},     {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},         {QStringLiteral("quote"), quote}};
}

std::optional<PassageAnchor> PassageAnchor::fromJson(const QJsonObject &json)
{
    PassageAnchor a;
    a.letter = json.value(QStringLiteral("letter")).toString();
    a.version = json.value(QStringLiteral("version")).toString();
    a.section = json.value(QStringLiteral("section")).toInt(-1);
    a.sectionKey = json.value(QStringLiteral("sectionKey")).toString();
    a.block = json.value(QStringLiteral("block")).toInt(-1);
    a.start = json.value(QStringLiteral("start")).toInt(-1);
    a.end = json.value(QStringLiteral("end")).toInt(-1);
    a.quote = json.value(QStringLiteral("quote")).toString();
    if (a.letter.isEmpty() || a.quote.isEmpty() || a.start < 0 || a.end <= a.start)
        return std::nullopt;
    return a;
}

namespace letters {

QStringList blockTexts(const Letter &letter, int section)
{
    if (section < 0 || section >= letter.sections.size())
        return {};
    auto blocks = text::parse(letter.sections.at(section).text);
    if (!blocks)
        return {};
    QStringList out;
    for (const text::Block &b : blocks.value())
        out << text::toPlainText(b.markup);
    return out;
}

Result<PassageAnchor> anchorFor(const Letter &letter, const QString &thread,
                                const QString &versionId, int section, int block, int start,
                                int end)
{
    const QStringList blocks = blockTexts(letter, section);
    if (block < 0 || block >= blocks.size())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Annotations", "That passage is not in the letter."));
    const QString &plain = blocks.at(block);
    start = std::clamp(start, 0, int(plain.size()));
    end = std::clamp(end, 0, int(plain.size()));
    if (start > end)
        std::swap(start, end);
    // A selection that starts or ends inside a word takes the whole word, as a reader means.
    const auto inWord = [&plain](int i) {
        return plain.at(i).isLetterOrNumber();
    };
    if (start < end) {
        while (start > 0 && inWord(start) && inWord(start - 1))
            --start;
        while (end < plain.size() && inWord(end - 1) && inWord(end))
            ++end;
    }
    while (start < end && plain.at(start).isSpace())
        ++start;
    while (end > start && plain.at(end - 1).isSpace())
        --end;
    if (start == end)
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Annotations", "Please choose some words to mark."));
    PassageAnchor a;
    a.letter = thread;
    a.version = versionId;
    a.section = section;
    a.sectionKey = letter.sections.at(section).key;
    a.block = block;
    a.start = start;
    a.end = end;
    a.quote = plain.mid(start, end - start);
    return a;
}

std::optional<PassageLocation> locate(const Letter &letter, const QString &versionId,
                                      const PassageAnchor &anchor)
{
    if (anchor.quote.isEmpty())
        return std::nullopt;
    if (anchor.version == versionId) {
        const QStringList blocks = blockTexts(letter, anchor.section);
        if (anchor.block >= 0 && anchor.block < blocks.size() &&
            blocks.at(anchor.block).mid(anchor.start, anchor.end - anchor.start) == anchor.quote)
            return PassageLocation{anchor.section, anchor.block, anchor.start, anchor.end};
    }
    // Search the same section first (by key, then by position), then every section.
    QList<int> order;
    if (const int byKey = letter.sectionIndex(anchor.sectionKey); byKey >= 0)
        order << byKey;
    if (anchor.section >= 0 && anchor.section < letter.sections.size() &&
        !order.contains(anchor.section))
        order << anchor.section;
    for (int i = 0; i < letter.sections.size(); ++i)
        if (!order.contains(i))
            order << i;
    for (const int s : order) {
        const QStringList blocks = blockTexts(letter, s);
        for (int b = 0; b < blocks.size(); ++b) {
            const qsizetype at = blocks.at(b).indexOf(anchor.quote);
            if (at >= 0)
                return PassageLocation{s, b, int(at), int(at + anchor.quote.size())};
        }
    }
    return std::nullopt;
}

} // namespace letters

Result<Record> AnnotationStore::addHighlight(const PassageAnchor &anchor, const QString &subject)
{
    if (anchor.quote.isEmpty() || anchor.letter.isEmpty())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate("Annotations", "Please choose some words to mark."));
    return m_records.append(QString::fromLatin1(kHighlightKind), anchor.toJson(), subject);
}

Result<Record> AnnotationStore::addNote(const PassageAnchor &anchor, const QString &note,
                                        const QString &subject)
{
    if (anchor.quote.isEmpty() || anchor.letter.isEmpty())
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Annotations",
                                                     "Please choose the words the note is about."));
    if (const QString p = checkNote(note); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    QJsonObject body = anchor.toJson();
    body.insert(kNote, note);
    return m_records.append(QString::fromLatin1(kNoteKind), body, subject);
}

Result<Record> AnnotationStore::latest(const QString &id)
{
    auto rec = m_records.get(id);
    if (!rec)
        return rec.error();
    const QString kind = rec.value().kind;
    if (kind != QLatin1String(kHighlightKind) && kind != QLatin1String(kNoteKind))
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Annotations", "That highlight or note does not exist."));
    auto thread = m_records.thread(rec.value().thread);
    if (!thread)
        return thread.error();
    const Record *head = newestHead(thread.value());
    if (!head)
        return makeError(
            ErrorCode::NotFound,
            QCoreApplication::translate("Annotations", "That highlight or note does not exist."));
    return *head;
}

Result<Record> AnnotationStore::editNote(const QString &id, const QString &note)
{
    auto head = latest(id);
    if (!head)
        return head.error();
    if (head.value().kind != QLatin1String(kNoteKind))
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Annotations", "Only a note can be edited."));
    if (const QString p = checkNote(note); !p.isEmpty())
        return makeError(ErrorCode::BadInput, p);
    QJsonObject body = head.value().body;
    body.insert(kNote, note);
    return m_records.append(head.value().kind, body, head.value().subject, head.value().id);
}

Status AnnotationStore::remove(const QString &id)
{
    auto head = latest(id);
    if (!head)
        return head.error();
    return m_records.deleteThread(head.value().thread);
}

Result<QList<Annotation>> AnnotationStore::forLetter(const QString &letterThread,
                                                     const QString &subject)
{
    QList<Annotation> out;
    for (const char *kind : {kHighlightKind, kNoteKind}) {
        auto all = m_records.list(QString::fromLatin1(kind), subject);
        if (!all)
            return all.error();
        QHash<QString, QList<Record>> byThread;
        for (const Record &r : all.value())
            if (r.body.value(QStringLiteral("letter")).toString() == letterThread)
                byThread[r.thread].append(r);
        for (auto it = byThread.cbegin(); it != byThread.cend(); ++it) {
            const Record *head = newestHead(it.value());
            if (!head)
                continue;
            const auto anchor = PassageAnchor::fromJson(head->body);
            if (!anchor)
                continue; // unreadable: leave it out rather than show something wrong
            Annotation a;
            a.type = qstrcmp(kind, kNoteKind) == 0 ? Annotation::Type::Note
                                                   : Annotation::Type::Highlight;
            a.id = head->id;
            a.thread = head->thread;
            a.anchor = *anchor;
            a.note = head->body.value(kNote).toString();
            a.createdAt = it.value().first().createdAt;
            a.updatedAt = head->createdAt;
            out.append(a);
        }
    }
    std::sort(out.begin(), out.end(), [](const Annotation &a, const Annotation &b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
    });
    return out;
}

Result<QStringList> AnnotationStore::threadsForLetter(const QString &letterThread,
                                                      const QString &subject)
{
    QStringList out;
    for (const char *kind : {kHighlightKind, kNoteKind}) {
        auto all = m_records.list(QString::fromLatin1(kind), subject);
        if (!all)
            return all.error();
        for (const Record &r : all.value())
            if (r.body.value(QStringLiteral("letter")).toString() == letterThread &&
                !out.contains(r.thread))
                out << r.thread;
    }
    return out;
}

} // namespace dit
