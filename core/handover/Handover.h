#pragma once

#include "crypto/PassphraseKdf.h"
#include "crypto/SecretBytes.h"
#include "sharing/RecordRules.h"
#include "storage/Record.h"
#include "storage/Store.h"

#include <QMap>
#include <QStringList>

namespace dit::handover {

// Moving records between a therapist's tablet and a patient's phone without a server
// (docs/THERAPIST.md): an encrypted file (HandoverFile.h) protected by a one-time code
// (HandoverCode.h). Records keep their ids, so bringing the same file in twice adds nothing
// the second time and version chains stay whole. The subject is a local matter: on the
// therapist's tablet the records are about a patient (subject = their id); on the patient's
// phone they are the owner's own (subject empty). mapSubject() does that, both ways, and is
// what sync will use too.

using sharing::Direction;

// What goes in a file. The therapist's choices default to everything shared; the patient's
// notes on the letter are private and go only when the patient ticks them.
struct Choice
{
    // To the patient.
    bool course = true;    // the sessions (course and form schedule), every version
    bool focus = true;     // the focus, every version
    bool letters = true;   // letter versions marked shared or final and their marks (never
                           // a draft the therapist did not share)
    bool responses = true; // answers given (on either device), every version
    // To the therapist.
    bool reply = true;  // the patient's reply to the letter, every version
    bool notes = false; // the patient's highlights and notes on the letter
};

// What a file holds (or what was added), by kind of thing, for a sentence.
struct Contents
{
    QMap<QString, int> byKind; // record kind -> count
    int total() const;
    // "the sessions (2 versions), the focus (1 version), the letter (3 versions and 2 marks),
    // 14 answers" — or "nothing".
    QString describe() const;
};

// The record kinds each direction may carry (one rule set with sync: sharing/RecordRules.h).
using sharing::kindsFor;

// The records a therapist may send to the patient `patientId` (subject = that id), oldest
// first; sync is to reuse this selection.
Result<QList<Record>> selectForPatient(RecordStore &records, const QString &patientId,
                                       const Choice &choice);
// The records a patient may send to their therapist (their own, subject empty), oldest
// first.
Result<QList<Record>> selectForTherapist(RecordStore &records, const Choice &choice);

// A record as it will be on the receiving device: the same id, thread, parent, author, time
// and body, with the subject of that side (a patient's id on the tablet, empty on the phone).
Record mapSubject(const Record &record, const QString &subject);

struct Exported
{
    SecretBytes code; // canonical; show it once with grouped(), never store it
    Contents contents;
};

// exportFile() in two steps, so the slow one can run off the UI thread: what goes in (reads
// the store: on its thread), then sealing under a new code and writing (no store needed).
struct Prepared
{
    QByteArray payload; // plaintext JSON: wipe it when done (sealAndWrite does)
    Contents contents;
};
Result<Prepared> prepareExport(Store &store, const QString &patientId, const Choice &choice);
Result<SecretBytes> sealAndWrite(QByteArray &payload, const QString &path, const KdfParams &kdf);
// importFile() likewise: reading and opening the file (slow: Argon2id), then importPayload().
Result<QByteArray> readAndOpen(const QString &path, const SecretBytes &code);

// Writes a hand-over file to `path` (atomically, mode 0600; never over an existing file):
// for the patient `patientId` from a therapist's store, or, from a patient's store (pass an
// empty id), for their therapist.
Result<Exported> exportFile(Store &store, const QString &patientId, const Choice &choice,
                            const QString &path, const KdfParams &kdf);

struct Imported
{
    Contents added;
    int alreadyHere = 0;
    int leftOut = 0;   // about a letter the therapist does not have (typed in from paper)
    QString patientId; // therapist side: whose records they became
    QStringList kinds; // kinds that changed, for AppContext::notifyRecordsChanged
};

// Brings a hand-over file into the store, all or nothing. The therapist names the patient it
// is for (`patientId`; empty lets the file say, when it knows); a patient passes an empty id.
// Refused with a plain sentence and nothing changed: not a hand-over file, damaged or cut off,
// the wrong code, made for the other role, made for another patient or another person's
// phone, or holding anything not allowed or not well formed.
Result<Imported> importFile(Store &store, const QString &path, const SecretBytes &code,
                            const QString &patientId = {});
// The same from bytes already read and a key already derived (for the fuzz target and
// tests): the part after the code.
Result<Imported> importPayload(Store &store, const QByteArray &payload, const QString &patientId);

// What a file would bring in, found without writing anything, so the person can first
// confirm whom it is for (docs/CLINICAL_SAFETY.md H18). Refused as importPayload() would.
struct Inspected
{
    // On a phone: the patient's label as the therapist gave it (a file from an earlier
    // version has none: empty). On a tablet: the label of the patient it goes to.
    QString label;
    Contents added; // what is not here yet
};
Result<Inspected> inspectPayload(Store &store, const QByteArray &payload, const QString &patientId);

// Settings on a patient's profile: the patient id their therapist's files carry, and that
// therapist's profile id. Set by the first file brought in; a file for another id is refused.
inline constexpr char kPairSetting[] = "handover.pair";
inline constexpr char kTherapistSetting[] = "handover.therapist";

} // namespace dit::handover
