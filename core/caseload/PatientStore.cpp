#include "PatientStore.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace dit {

namespace {

const QString kLabel = QStringLiteral("label");
const QString kArchived = QStringLiteral("archived");

Error notFound()
{
    return makeError(ErrorCode::NotFound, QCoreApplication::translate(
                                              "Caseload", "That patient is not in the caseload."));
}

// The patient a set of records (one thread) describes: the newest head wins when two
// versions were made apart.
std::optional<Patient> fromRecords(const QList<Record> &records)
{
    if (records.isEmpty())
        return std::nullopt;
    QSet<QString> parents;
    for (const Record &r : records)
        if (!r.parent.isEmpty())
            parents.insert(r.parent);
    const Record *head = nullptr;
    for (const Record &r : records)
        if (!parents.contains(r.id) && (!head || r.createdAt >= head->createdAt))
            head = &r;
    if (!head)
        return std::nullopt;
    Patient p;
    p.id = head->subject;
    p.label = head->body.value(kLabel).toString();
    p.archived = head->body.value(kArchived).toBool();
    p.recordId = head->id;
    p.changed = head->createdAt;
    p.added = records.first().createdAt;
    p.versions = int(records.size());
    return p;
}

} // namespace

Result<Patient> PatientStore::save(const Patient &patient, const QString &parent)
{
    auto saved = m_records.append(QString::fromLatin1(kKind),
                                  {{kLabel, patient.label}, {kArchived, patient.archived}},
                                  patient.id, parent);
    if (!saved)
        return saved.error();
    return get(patient.id);
}

Status PatientStore::checkLabelFree(const QString &label, const QString &exceptId)
{
    auto everyone = all();
    if (!everyone)
        return everyone.error();
    for (const Patient &p : everyone.value())
        if (p.id != exceptId && p.label.compare(label, Qt::CaseInsensitive) == 0)
            return makeError(ErrorCode::AlreadyExists,
                             p.archived
                                 ? QCoreApplication::translate(
                                       "Caseload", "An archived patient already has this label. "
                                                   "Restore them, or choose another label.")
                                 : QCoreApplication::translate(
                                       "Caseload", "Another patient already has this label. "
                                                   "Please choose one that tells them apart."));
    return {};
}

Result<Patient> PatientStore::add(const QString &label)
{
    if (const QString problem = caseload::labelProblem(label); !problem.isEmpty())
        return makeError(ErrorCode::BadInput, problem);
    Patient p;
    p.id = newRandomId();
    p.label = caseload::cleanLabel(label);
    if (Status free = checkLabelFree(p.label, {}); !free)
        return free.error();
    return save(p, {});
}

Result<Patient> PatientStore::rename(const QString &id, const QString &label)
{
    if (const QString problem = caseload::labelProblem(label); !problem.isEmpty())
        return makeError(ErrorCode::BadInput, problem);
    auto current = get(id);
    if (!current)
        return current.error();
    Patient p = current.value();
    const QString clean = caseload::cleanLabel(label);
    if (clean == p.label)
        return p;
    if (Status free = checkLabelFree(clean, id); !free)
        return free.error();
    p.label = clean;
    return save(p, p.recordId);
}

Result<Patient> PatientStore::setArchived(const QString &id, bool archived)
{
    auto current = get(id);
    if (!current)
        return current.error();
    Patient p = current.value();
    if (p.archived == archived)
        return p;
    p.archived = archived;
    return save(p, p.recordId);
}

Result<Patient> PatientStore::get(const QString &id)
{
    if (!isValidId(id))
        return notFound();
    auto records = m_records.list(QString::fromLatin1(kKind), id);
    if (!records)
        return records.error();
    auto p = fromRecords(records.value());
    if (!p)
        return notFound();
    return *p;
}

Result<QList<Patient>> PatientStore::all()
{
    auto records = m_records.listOfEverySubject(QString::fromLatin1(kKind));
    if (!records)
        return records.error();
    QHash<QString, QList<Record>> bySubject;
    for (const Record &r : records.value())
        if (isValidId(r.subject))
            bySubject[r.subject].append(r);
    QList<Patient> out;
    for (auto it = bySubject.cbegin(); it != bySubject.cend(); ++it)
        if (auto p = fromRecords(it.value()))
            out.append(*p);
    std::sort(out.begin(), out.end(), [](const Patient &a, const Patient &b) {
        const int c = a.label.localeAwareCompare(b.label);
        return c != 0 ? c < 0 : a.id < b.id;
    });
    return out;
}

Result<QList<Record>> PatientStore::history(const QString &id)
{
    auto records = m_records.list(QString::fromLatin1(kKind), id);
    if (!records)
        return records.error();
    if (records.value().isEmpty())
        return notFound();
    return records;
}

Result<Patient> PatientStore::resolve(const QString &text)
{
    auto everyone = all();
    if (!everyone)
        return everyone.error();
    const QString wanted = text.trimmed();
    QList<Patient> matches;
    for (const Patient &p : everyone.value())
        if (p.id == wanted)
            return p;
    for (const Patient &p : everyone.value())
        if (p.label.compare(caseload::cleanLabel(wanted), Qt::CaseInsensitive) == 0)
            return p;
    if (wanted.size() >= 6)
        for (const Patient &p : everyone.value())
            if (p.id.startsWith(wanted.toLower()))
                matches.append(p);
    if (matches.size() == 1)
        return matches.first();
    if (matches.size() > 1)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate("Caseload",
                                                     "More than one patient's id starts with "
                                                     "that; give more of it."));
    return notFound();
}

} // namespace dit
