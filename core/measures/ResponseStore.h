#pragma once

#include "InstrumentCatalogue.h"
#include "RiskPolicy.h"
#include "Scoring.h"
#include "storage/RecordStore.h"

#include <QSet>

namespace dit {

// A submitted response to one instrument at one session: an immutable record (kind
// "measure-response"), stamped with the time (the record's createdAt) and the session. A
// correction is a new record whose parent is the response it replaces; both are kept.
struct StoredResponse
{
    QString id;
    QString replaces; // the record this one corrects, if any
    QString instrument;
    QString instrumentVersion;
    QString questionnaire; // canonical url|version of the definition it answered
    int session = 0;
    QDateTime authored;
    Answers answers;
    ScoreResult score; // as computed when submitted
    bool risk = false; // flagged for the therapist
    // Never submitted: what was answered when the form's window closed (DraftExpiry.h).
    bool incomplete = false;
    // Filled in on the therapist's tablet, handed to the patient in the room (every response
    // with a subject is): the only response a therapist's device may make (sharing/RecordRules).
    bool inRoom = false;
    QString subject; // the record's subject: empty for the owner, a patient id (therapist)

    static Result<StoredResponse> fromRecord(const Record &record);
    QJsonObject toJson() const; // the record body
};

class ResponseStore
{
public:
    static constexpr const char *kKind = "measure-response";
    static constexpr const char *kIncompleteFlag = "incomplete";

    ResponseStore(RecordStore &records, const InstrumentCatalogue &catalogue,
                  RiskPolicy risk = RiskPolicy::defaults());

    // Validates, scores and stores one response. With `replaces`, the new record names that
    // response as its parent (it must be a response to the same instrument and session).
    Result<StoredResponse> submit(const QString &instrumentId, int session, const Answers &answers,
                                  const QString &replaces = {}, const QString &subject = {});
    // Stores what was answered in a form that was never submitted, marked incomplete (flag
    // "incomplete") and scored and flagged like any response.
    Result<StoredResponse> keepIncomplete(const QString &instrumentId, int session,
                                          const Answers &answers, const QString &subject = {});

    // Every version, oldest first.
    Result<QList<StoredResponse>> all(const QString &subject = {});
    // The versions nothing has replaced, oldest first. Two corrections made apart from the same
    // response are both here.
    Result<QList<StoredResponse>> current(const QString &subject = {});
    // For each session, the instruments with a current response.
    Result<QMap<int, QSet<QString>>> submittedBySession(const QString &subject = {});
    // The same from responses already read (current()), without reading them again.
    static QMap<int, QSet<QString>> bySession(const QList<StoredResponse> &responses);

    const InstrumentCatalogue &catalogue() const { return m_catalogue; }
    const RiskPolicy &riskPolicy() const { return m_risk; }

private:
    Result<StoredResponse> store(const QString &instrumentId, int session, const Answers &answers,
                                 const QString &replaces, const QString &subject, bool incomplete);
    Result<QList<StoredResponse>> fromRecords(const Result<QList<Record>> &records);

    RecordStore &m_records;
    const InstrumentCatalogue &m_catalogue;
    RiskPolicy m_risk;
};

} // namespace dit
