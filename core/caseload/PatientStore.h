#pragma once

#include "Patient.h"
#include "storage/RecordStore.h"

namespace dit {

// The caseload: "patient" records, one thread per patient, whose subject is the patient's
// id. Adding, renaming, archiving and restoring each save a new version; nothing here
// deletes (an archived patient is hidden from the list, never removed).
class PatientStore
{
public:
    static constexpr const char *kKind = "patient";

    explicit PatientStore(RecordStore &records) : m_records(records) {}

    // A new patient with a new random id. Refuses a label with a problem or one another
    // patient (archived or not) already has.
    Result<Patient> add(const QString &label);
    Result<Patient> rename(const QString &id, const QString &label);
    Result<Patient> setArchived(const QString &id, bool archived);

    Result<Patient> get(const QString &id);
    // Every patient, archived too, by label.
    Result<QList<Patient>> all();
    // Every version of a patient's record, oldest first.
    Result<QList<Record>> history(const QString &id);
    // For ditc: a patient by id, by a unique id prefix of six or more characters, or by
    // label (case ignored).
    Result<Patient> resolve(const QString &idPrefixOrLabel);

private:
    Result<Patient> save(const Patient &patient, const QString &parent);
    Status checkLabelFree(const QString &label, const QString &exceptId);

    RecordStore &m_records;
};

} // namespace dit
