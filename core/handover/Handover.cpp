#include "Handover.h"

#include "HandoverCode.h"
#include "HandoverFile.h"
#include "caseload/PatientStore.h"
#include "common/Ids.h"
#include "common/RegularFile.h"
#include "course/Course.h"
#include "course/CourseStore.h"
#include "focus/Focus.h"
#include "focus/FocusStore.h"
#include "letters/Annotations.h"
#include "letters/Letter.h"
#include "letters/LetterStore.h"
#include "measures/MeasureSchedule.h"
#include "measures/ResponseStore.h"
#include "measures/ScheduleStore.h"
#include "storage/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcHandover, "dit.handover", QtInfoMsg)

namespace dit::handover {

namespace {

const QString kFormat = QStringLiteral("dit-companion-handover");
constexpr int kPayloadVersion = 1;
constexpr int kMaxRecords = 50000;

QString kindOf(const char *kind)
{
    return QString::fromLatin1(kind);
}

QString directionName(Direction d)
{
    return d == Direction::ToPatient ? QStringLiteral("therapist") : QStringLiteral("patient");
}

Error notAllowed(const QString &why)
{
    return damagedHandoverFile(why);
}

void sortOldestFirst(QList<Record> &records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const Record &a, const Record &b) { return a.createdAt < b.createdAt; });
}

Status appendAll(QList<Record> &out, const Result<QList<Record>> &records)
{
    if (!records)
        return records.error();
    out.append(records.value());
    return {};
}

QJsonObject recordToJson(const Record &r)
{
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("kind"), r.kind},
                  {QStringLiteral("thread"), r.thread},
                  {QStringLiteral("author"), r.author},
                  {QStringLiteral("created"), QString::number(r.createdAt.toMSecsSinceEpoch())},
                  {QStringLiteral("schema"), r.schema},
                  {QStringLiteral("body"), r.body}};
    if (!r.parent.isEmpty())
        o.insert(QStringLiteral("parent"), r.parent);
    return o;
}

std::optional<Record> recordFromJson(const QJsonValue &v)
{
    static const QSet<QString> keys = {QStringLiteral("id"),     QStringLiteral("kind"),
                                       QStringLiteral("thread"), QStringLiteral("parent"),
                                       QStringLiteral("author"), QStringLiteral("created"),
                                       QStringLiteral("schema"), QStringLiteral("body")};
    if (!v.isObject())
        return std::nullopt;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        if (!keys.contains(it.key()))
            return std::nullopt;
    Record r;
    r.id = o.value(QStringLiteral("id")).toString();
    r.kind = o.value(QStringLiteral("kind")).toString();
    r.thread = o.value(QStringLiteral("thread")).toString();
    r.author = o.value(QStringLiteral("author")).toString();
    const QJsonValue parent = o.value(QStringLiteral("parent"));
    if (!parent.isUndefined() && !parent.isString())
        return std::nullopt;
    r.parent = parent.toString();
    bool okTime = false;
    const qint64 ms = o.value(QStringLiteral("created")).toString().toLongLong(&okTime);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QJsonValue schema = o.value(QStringLiteral("schema"));
    r.schema = schema.toInt(-1);
    if (!o.value(QStringLiteral("body")).isObject())
        return std::nullopt;
    r.body = o.value(QStringLiteral("body")).toObject();
    if (!okTime || !schema.isDouble())
        return std::nullopt;
    return r;
}

} // namespace

int Contents::total() const
{
    int n = 0;
    for (int v : byKind)
        n += v;
    return n;
}

QString Contents::describe() const
{
    const auto count = [this](const char *kind) {
        return byKind.value(QString::fromLatin1(kind));
    };
    const auto versions = [](int n) {
        return n == 1 ? QCoreApplication::translate("Handover", "1 version")
                      : QCoreApplication::translate("Handover", "%1 versions").arg(n);
    };
    QStringList parts;
    if (const int n = count(CourseStore::kKind) + count(ScheduleStore::kKind))
        parts << QCoreApplication::translate("Handover", "the sessions (%1)").arg(versions(n));
    if (const int n = count(FocusStore::kKind))
        parts << QCoreApplication::translate("Handover", "the focus (%1)").arg(versions(n));
    const int letters = count(LetterStore::kKind);
    const int marks = count(LetterStore::kMarkKind);
    if (letters && marks)
        parts << QCoreApplication::translate("Handover", "letters (%1, %2)")
                     .arg(versions(letters),
                          marks == 1
                              ? QCoreApplication::translate("Handover", "1 mark")
                              : QCoreApplication::translate("Handover", "%1 marks").arg(marks));
    else if (letters)
        parts << QCoreApplication::translate("Handover", "letters (%1)").arg(versions(letters));
    else if (marks)
        parts << (marks == 1
                      ? QCoreApplication::translate("Handover", "1 mark on a letter")
                      : QCoreApplication::translate("Handover", "%1 marks on letters").arg(marks));
    if (const int n = count(ResponseStore::kKind))
        parts << (n == 1 ? QCoreApplication::translate("Handover", "1 form answer")
                         : QCoreApplication::translate("Handover", "%1 form answers").arg(n));
    if (const int n = count(AnnotationStore::kHighlightKind) + count(AnnotationStore::kNoteKind))
        parts << (n == 1 ? QCoreApplication::translate("Handover", "1 marked passage or note")
                         : QCoreApplication::translate("Handover", "%1 marked passages and notes")
                               .arg(n));
    if (parts.isEmpty())
        return QCoreApplication::translate("Handover", "nothing");
    return parts.join(QStringLiteral(", "));
}

Record mapSubject(const Record &record, const QString &subject)
{
    Record r = record;
    r.subject = subject;
    return r;
}

Result<QList<Record>> selectForPatient(RecordStore &records, const QString &patientId,
                                       const Choice &choice)
{
    QList<Record> out;
    if (choice.course) {
        if (Status s = appendAll(out, records.list(kindOf(CourseStore::kKind), patientId)); !s)
            return s.error();
        if (Status s = appendAll(out, records.list(kindOf(ScheduleStore::kKind), patientId)); !s)
            return s.error();
    }
    if (choice.focus)
        if (Status s = appendAll(out, records.list(kindOf(FocusStore::kKind), patientId)); !s)
            return s.error();
    if (choice.responses)
        if (Status s = appendAll(out, records.list(kindOf(ResponseStore::kKind), patientId)); !s)
            return s.error();
    if (choice.letters) {
        auto letters = records.list(kindOf(LetterStore::kKind), patientId);
        auto marks = records.list(kindOf(LetterStore::kMarkKind), patientId);
        if (!letters)
            return letters.error();
        if (!marks)
            return marks.error();
        QHash<QString, const Record *> byId;
        for (const Record &r : letters.value())
            byId.insert(r.id, &r);
        // Only the versions marked shared or final: drafts the therapist never shared stay on
        // the tablet, even those a shared version was made from (the patient's copy of the
        // thread starts at its first shared version; importFile allows a missing parent).
        QSet<QString> chosen;
        for (const Record &m : marks.value()) {
            const QString id = m.body.value(QStringLiteral("version")).toString();
            if (const Record *r = byId.value(id)) {
                auto letter = Letter::fromJson(r->body);
                if (letter && letter.value().author == LetterAuthor::Therapist)
                    chosen.insert(id);
            }
        }
        for (const Record &r : letters.value())
            if (chosen.contains(r.id))
                out.append(r);
        for (const Record &m : marks.value())
            if (chosen.contains(m.body.value(QStringLiteral("version")).toString()))
                out.append(m);
    }
    sortOldestFirst(out);
    return out;
}

Result<QList<Record>> selectForTherapist(RecordStore &records, const Choice &choice)
{
    QList<Record> out;
    if (choice.responses)
        if (Status s = appendAll(out, records.list(kindOf(ResponseStore::kKind))); !s)
            return s.error();
    if (choice.reply) {
        auto letters = records.list(kindOf(LetterStore::kKind));
        if (!letters)
            return letters.error();
        for (const Record &r : letters.value()) {
            auto letter = Letter::fromJson(r.body);
            if (letter && letter.value().author == LetterAuthor::Patient &&
                !letter.value().inReplyTo.isEmpty())
                out.append(r);
        }
    }
    if (choice.notes) {
        // Only marks on letters the therapist has: letters that came from them.
        auto letters = records.list(kindOf(LetterStore::kKind));
        if (!letters)
            return letters.error();
        QSet<QString> theirs;
        for (const Record &r : letters.value()) {
            auto letter = Letter::fromJson(r.body);
            if (letter && letter.value().author == LetterAuthor::Therapist)
                theirs.insert(r.thread);
        }
        for (const char *kind : {AnnotationStore::kHighlightKind, AnnotationStore::kNoteKind}) {
            auto marks = records.list(kindOf(kind));
            if (!marks)
                return marks.error();
            for (const Record &r : marks.value())
                if (theirs.contains(r.body.value(QStringLiteral("letter")).toString()))
                    out.append(r);
        }
    }
    sortOldestFirst(out);
    return out;
}

Result<Prepared> prepareExport(Store &store, const QString &patientId, const Choice &choice)
{
    const bool therapist = store.role() == Role::Therapist;
    if (therapist == patientId.isEmpty())
        return makeError(
            ErrorCode::BadInput,
            therapist
                ? QCoreApplication::translate("Handover", "Choose the patient the file is for.")
                : QCoreApplication::translate(
                      "Handover", "Only a therapist's tablet makes files for a patient."));
    QString pair = patientId;
    QString label;
    if (therapist) {
        auto patient = PatientStore(store.records()).get(patientId);
        if (!patient)
            return patient.error();
        label = patient.value().label;
    } else {
        pair = store.settings().value(QString::fromLatin1(kPairSetting));
    }
    auto records = therapist ? selectForPatient(store.records(), patientId, choice)
                             : selectForTherapist(store.records(), choice);
    if (!records)
        return records.error();
    Prepared out;
    QJsonArray items;
    for (const Record &r : records.value()) {
        items.append(recordToJson(r));
        ++out.contents.byKind[r.kind];
    }
    QJsonObject payload{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kPayloadVersion},
        {QStringLiteral("from"), roleName(store.role())},
        {QStringLiteral("profile"), store.profileId()},
        {QStringLiteral("device"), store.deviceId()},
        {QStringLiteral("pair"), pair},
        {QStringLiteral("made"), QString::number(store.clock().now().toMSecsSinceEpoch())},
        {QStringLiteral("records"), items}};
    // Whom it is for, in the therapist's words, for the patient to confirm (H18).
    if (!label.isEmpty())
        payload.insert(QStringLiteral("label"), label);
    out.payload = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    return out;
}

Result<SecretBytes> sealAndWrite(QByteArray &payload, const QString &path, const KdfParams &kdf)
{
    if (QFile::exists(path)) {
        wipeBytes(payload);
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Handover", "%1 already exists; choose another name.")
                .arg(path));
    }
    SecretBytes code = newCode();
    auto sealed = seal(payload, code, kdf);
    wipeBytes(payload);
    if (!sealed)
        return sealed.error();
    if (Status s = writeFileAtomically(path, sealed.value()); !s)
        return s.error();
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return code;
}

Result<Exported> exportFile(Store &store, const QString &patientId, const Choice &choice,
                            const QString &path, const KdfParams &kdf)
{
    if (QFile::exists(path))
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("Handover", "%1 already exists; choose another name.")
                .arg(path));
    auto prepared = prepareExport(store, patientId, choice);
    if (!prepared)
        return prepared.error();
    auto code = sealAndWrite(prepared.value().payload, path, kdf);
    if (!code)
        return code.error();
    qCInfo(lcHandover) << "hand-over file written:" << prepared.value().contents.total()
                       << "records";
    return Exported{std::move(code.value()), prepared.value().contents};
}

Result<QByteArray> readAndOpen(const QString &path, const SecretBytes &code)
{
    // Only a regular file, size checked before reading: a pipe or a device is refused at once.
    auto bytes = readRegularFile(path, kMaxPayloadBytes + kMaxHeaderBytes + 1024);
    if (!bytes)
        return bytes.error();
    return open(bytes.value(), code);
}

Result<Imported> importFile(Store &store, const QString &path, const SecretBytes &code,
                            const QString &patientId)
{
    auto payload = readAndOpen(path, code);
    if (!payload)
        return payload.error();
    auto result = importPayload(store, payload.value(), patientId);
    wipeBytes(payload.value());
    return result;
}

namespace {

// Everything importPayload() checks, and what it would write, before anything is written.
struct Plan
{
    bool therapist = false;
    QString pair;
    QString sender;
    QString label;     // whom the records are for (the file's label, or the caseload's)
    QString patientId; // therapist side
    QList<Record> accepted;
    Contents added; // the accepted records not here yet
    int alreadyHere = 0;
    int leftOut = 0;
};

Result<Plan> planImport(Store &store, const QByteArray &payload, const QString &patientId)
{
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(payload, &err).object();
    if (err.error != QJsonParseError::NoError || o.value(QStringLiteral("format")) != kFormat)
        return notAllowed(QCoreApplication::translate("Handover", "its contents are not valid."));
    if (o.value(QStringLiteral("version")).toInt() > kPayloadVersion)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Handover",
                             "This hand-over file was made by a newer version of DIT Companion. "
                             "Please update the app to open it."));
    if (o.value(QStringLiteral("version")).toInt() != kPayloadVersion)
        return notAllowed(
            QCoreApplication::translate("Handover", "its version is not recognised."));

    const bool therapist = store.role() == Role::Therapist;
    const QString from = o.value(QStringLiteral("from")).toString();
    const Direction direction = therapist ? Direction::ToTherapist : Direction::ToPatient;
    if (from != directionName(direction)) {
        if (from == roleName(store.role()))
            return makeError(
                ErrorCode::BadInput,
                therapist ? QCoreApplication::translate(
                                "Handover", "This file was made on a therapist's tablet for a "
                                            "patient. Open it in the patient's app. Nothing was "
                                            "changed.")
                          : QCoreApplication::translate(
                                "Handover", "This file was made in a patient's app for their "
                                            "therapist. Open it on the therapist's tablet. "
                                            "Nothing was changed."));
        return notAllowed(
            QCoreApplication::translate("Handover", "it does not say where it was made."));
    }
    const QString sender = o.value(QStringLiteral("profile")).toString();
    const QString pair = o.value(QStringLiteral("pair")).toString();
    if (!isValidId(sender) || (!pair.isEmpty() && !isValidId(pair)))
        return notAllowed(
            QCoreApplication::translate("Handover", "it does not say where it was made."));
    if (sender == store.profileId())
        return makeError(
            ErrorCode::BadInput,
            QCoreApplication::translate(
                "Handover", "This file was made with this profile. Nothing was changed."));

    // Whose records these become here.
    QString subject;
    Plan result;
    result.therapist = therapist;
    result.pair = pair;
    result.sender = sender;
    if (therapist) {
        subject = patientId.isEmpty() ? pair : patientId;
        if (subject.isEmpty())
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Handover",
                                 "This file does not say which patient it is from. Open it from "
                                 "that patient's page. Nothing was changed."));
        if (!pair.isEmpty() && pair != subject)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Handover",
                                 "This file is from another patient's app, not this patient's. "
                                 "Nothing was changed."));
        auto patient = PatientStore(store.records()).get(subject);
        if (!patient)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Handover",
                                 "This file is for a patient who is not in this caseload. "
                                 "Nothing was changed."));
        result.patientId = subject;
        result.label = patient.value().label;
    } else {
        // A file from an earlier version names no one; one that names someone must do so
        // as a label could be written.
        const QJsonValue label = o.value(QStringLiteral("label"));
        if (pair.isEmpty() || (!label.isUndefined() && !label.isString()) ||
            (label.isString() && !caseload::labelProblem(label.toString()).isEmpty()))
            return notAllowed(
                QCoreApplication::translate("Handover", "it does not say whom it is for."));
        result.label = caseload::cleanLabel(label.toString());
        const QString knownPair = store.settings().value(QString::fromLatin1(kPairSetting));
        if (!knownPair.isEmpty() && knownPair != pair)
            return makeError(ErrorCode::BadInput,
                             QCoreApplication::translate(
                                 "Handover",
                                 "This file was made for someone else's app. Please ask your "
                                 "therapist for yours. Nothing was changed."));
    }

    const QJsonValue list = o.value(QStringLiteral("records"));
    if (!list.isArray() || list.toArray().size() > kMaxRecords)
        return notAllowed(QCoreApplication::translate("Handover", "its contents are not valid."));
    QList<Record> records;
    QHash<QString, qsizetype> inFile;
    for (const QJsonValue &v : list.toArray()) {
        auto r = recordFromJson(v);
        if (!r || !sharing::fieldsAreValid(*r, store.clock().now()) ||
            !sharing::mayCarry(direction, *r) || inFile.contains(r->id))
            return notAllowed(
                QCoreApplication::translate("Handover", "it holds something that is not allowed."));
        inFile.insert(r->id, records.size());
        records.append(mapSubject(*r, subject));
    }

    RecordStore &store_ = store.records();
    // Each record must fit what is already here: the same id is the same record; a version
    // names a parent of its own kind and thread; marks and notes are on letters that exist.
    const auto find = [&](const QString &id) -> std::optional<Record> {
        if (const auto i = inFile.value(id, -1); i >= 0)
            return records.at(i);
        auto here = store_.get(id);
        if (here)
            return here.value();
        return std::nullopt;
    };
    // What a patient sends about a letter this tablet does not have (one they typed in from
    // paper, say) is left out and said so, rather than refusing the rest.
    const auto letterHere = [&](const QString &thread) {
        auto letter = store_.thread(thread);
        return letter && !letter.value().isEmpty() && letter.value().first().subject == subject;
    };
    for (const Record &r : std::as_const(records)) {
        bool isHere = false;
        if (auto here = store_.get(r.id)) {
            if (here.value().kind != r.kind || here.value().thread != r.thread ||
                here.value().subject != r.subject || here.value().body != r.body)
                return notAllowed(QCoreApplication::translate(
                    "Handover", "it holds something that differs from what is here."));
            isHere = true;
        } else if (here.error().code != ErrorCode::NotFound) {
            return here.error();
        }
        if (!sharing::fitsItsThread(r, find))
            return notAllowed(
                QCoreApplication::translate("Handover", "its versions do not fit together."));
        if (r.kind == QLatin1String(LetterStore::kMarkKind)) {
            const auto version = find(r.body.value(QStringLiteral("version")).toString());
            if (!version || version->kind != QLatin1String(LetterStore::kKind) ||
                version->thread != r.body.value(QStringLiteral("letter")).toString())
                return notAllowed(QCoreApplication::translate(
                    "Handover", "it marks a letter that is not in it."));
        }
        if ((r.kind == QLatin1String(AnnotationStore::kHighlightKind) ||
             r.kind == QLatin1String(AnnotationStore::kNoteKind)) &&
            !letterHere(r.body.value(QStringLiteral("letter")).toString())) {
            ++result.leftOut;
            continue;
        }
        if (r.kind == QLatin1String(LetterStore::kKind) && direction == Direction::ToTherapist &&
            !letterHere(Letter::fromJson(r.body).value().inReplyTo)) {
            ++result.leftOut;
            continue;
        }
        result.accepted.append(r);
        if (isHere)
            ++result.alreadyHere;
        else
            ++result.added.byKind[r.kind];
    }
    return result;
}

} // namespace

Result<Inspected> inspectPayload(Store &store, const QByteArray &payload, const QString &patientId)
{
    auto plan = planImport(store, payload, patientId);
    if (!plan)
        return plan.error();
    return Inspected{plan.value().label, plan.value().added};
}

Result<Imported> importPayload(Store &store, const QByteArray &payload, const QString &patientId)
{
    auto planned = planImport(store, payload, patientId);
    if (!planned)
        return planned.error();
    const Plan &plan = planned.value();
    const bool therapist = plan.therapist;
    const QString &pair = plan.pair;
    const QString &sender = plan.sender;
    RecordStore &store_ = store.records();
    Imported result;
    result.patientId = plan.patientId;
    result.leftOut = plan.leftOut;
    QSet<QString> kinds;
    Status written = store.database().transaction([&]() -> Status {
        for (const Record &r : plan.accepted) {
            auto inserted = store_.insertExisting(r);
            if (!inserted)
                return inserted.error();
            if (inserted.value()) {
                ++result.added.byKind[r.kind];
                kinds.insert(r.kind);
            } else {
                ++result.alreadyHere;
            }
        }
        if (!therapist) {
            if (Status s = store.settings().setValue(QString::fromLatin1(kPairSetting), pair); !s)
                return s;
            if (Status s =
                    store.settings().setValue(QString::fromLatin1(kTherapistSetting), sender);
                !s)
                return s;
        }
        return {};
    });
    if (!written)
        return written.error();
    result.kinds = QStringList(kinds.cbegin(), kinds.cend());
    result.kinds.sort();
    qCInfo(lcHandover) << "hand-over file brought in:" << result.added.total() << "added,"
                       << result.alreadyHere << "already here";
    return result;
}

} // namespace dit::handover
