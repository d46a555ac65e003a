#pragma once

#include "PairStore.h"

#include <QUrl>

namespace dit::sync {

// What the therapist's device hands over in the room (docs/SYNC.md, "Pairing"): the server
// address and the pair key. The pair's database, user and password are derived from the
// key, so they need no room of their own. One text, in two forms:
//   compact: "DITC" + Crockford base32, for the QR code (QR alphanumeric mode);
//   typed:   the same in groups of four joined by '-', easier to read and type.
// The last two bytes are a checksum, so a typing slip is caught before anything is tried.
// The text holds a secret: callers wipe it (wipeString) and never pass it as an argument.
struct PairingPayload
{
    static constexpr int kFormat = 1;
    QUrl server;
    SecretBytes pairKey;

    QString compact() const;
    QString typed() const;
    // Accepts either form; spaces, dashes, case and the look-alikes O/I/L are forgiven.
    static Result<PairingPayload> parse(const QString &text);
};

// A pair slot from the service's IT (`ditc server prepare`, docs/SYNC.md, "Setting up the
// server"): the same text as a pairing code, for a pair already made on the server, read as
// `parse` reads it (a server that is not https is refused). Wipes `text`.
Result<PairingPayload> parseSlot(QString &text);

// Keeps the pair on this device; `subject` is the patient's id on a therapist's device,
// empty on the patient's own.
Result<Pair> addPair(PairStore &pairs, const PairingPayload &payload, const QString &subject,
                     const QString &label);

// The pair's confirmation as this device sees it (docs/SYNC.md, "Confirming the pair").
struct PairConfirmation
{
    QString checkWords;  // empty until the other device's announcement has arrived
    QString otherDevice; // its device id (empty until then)
    Role otherRole = Role::Patient;
    std::optional<QDateTime> confirmedAt; // when this device's person confirmed the words
    // When the other device's person confirmed them there, from its signed confirmation;
    // nothing until that has arrived.
    std::optional<QDateTime> otherConfirmedAt;
};
Result<PairConfirmation> pairConfirmation(PairStore &pairs, const QString &pairId);
// This device's person says the words match: the other device's records are accepted from
// the next pass on. Fails if the other device has not announced itself yet.
Status confirmPair(PairStore &pairs, const QString &pairId);

} // namespace dit::sync
