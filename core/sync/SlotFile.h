#pragma once

#include "Pairing.h"

namespace dit::sync {

// A pair slot as a file (docs/SYNC.md, "Setting up the server"): what `ditc server prepare`
// writes, holding one slot for the patient the therapist pairs. The file is a secret for as
// long as it exists: the tablet offers to delete it once the pair is kept.
namespace slotfile {

constexpr qint64 kMaxBytes = qint64(64) * 1024; // a header and a slot are a few hundred bytes

// Reads a regular file of at most kMaxBytes holding exactly one slot line (blank lines and
// lines starting with '#' are skipped) as parseSlot reads a typed slot. A file with several
// slots is refused (which one was meant is not known, and the others would stay in it). What
// was read is wiped.
Result<PairingPayload> read(const QString &path);

// Removes the file once its pair is kept. Only a regular file is removed; the disk's blocks
// are not overwritten (docs/SYNC.md says so).
Status remove(const QString &path);

} // namespace slotfile
} // namespace dit::sync
