#pragma once

#include "common/Result.h"

#include <QString>

namespace dit::handedover {

// While a therapist's tablet is handed to a patient in the room (docs/THERAPIST.md), a small file
// in the profile folder says so: `handed-over`, holding the patient's random id and nothing else.
// It outlives locking, a crash and a restart, so until the therapist's passphrase is given again
// the app opens only on the passphrase (never quick unlock, never another profile) and, if the
// store is opened some other way, goes back to the patient's form.
inline constexpr char kFileName[] = "handed-over";

Status begin(const QString &profileDir, const QString &patientId);
// The patient the tablet is handed to, or empty.
QString patientId(const QString &profileDir);
bool active(const QString &profileDir);
Status end(const QString &profileDir);

} // namespace dit::handedover
