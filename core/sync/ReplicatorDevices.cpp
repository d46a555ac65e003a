#include "ReplicatorPass.h"
#include "SharePolicy.h"
#include "common/Parallel.h"
#include "sharing/RecordRules.h"

namespace dit::sync {

namespace {
constexpr qint64 kYear2000Ms = 946684800000LL;
}

QByteArray Replicator::Pass::transcriptWith(const QByteArray &otherKey, Role otherRole) const
{
    const QByteArray &mine = m_device.publicKey;
    return otherRole == Role::Patient
               ? m_keys.confirmationTranscript(m_pair.serverUrl, mine, otherKey)
               : m_keys.confirmationTranscript(m_pair.serverUrl, otherKey, mine);
}

Result<bool> Replicator::Pass::confirmationWaiting()
{
    auto others = m_r.m_pairs.otherDevices(m_pair.id);
    if (!others)
        return others.error();
    if (others.value().isEmpty())
        return false;
    const QString logical = confirmationId(others.value().first());
    if (logical.isEmpty())
        return false;
    auto sent = m_r.m_pairs.knowsDoc(m_pair.id, m_keys.docId(logical));
    if (!sent)
        return sent.error();
    return !sent.value();
}

QString Replicator::Pass::confirmationId(const QString &other)
{
    const auto at = m_r.m_pairs.confirmedAt(m_pair.id, other);
    const auto role = m_r.m_pairs.deviceRole(m_pair.id, other);
    if (!at || !role)
        return {};
    return Envelope::confirmedLogicalId(
        m_r.m_pairs.deviceId(),
        transcriptWith(m_r.m_pairs.devicePublicKey(m_pair.id, other), *role), *at,
        m_device.secretKey);
}

Status Replicator::Pass::pushConfirmation()
{
    // Once this device's person confirmed the words, the other device is told, signed, so its
    // screen can say so (docs/SYNC.md, "Confirming the pair"); sent once, and again after the
    // server lost what it had.
    auto others = m_r.m_pairs.otherDevices(m_pair.id);
    if (!others)
        return others.error();
    if (others.value().isEmpty())
        return {};
    const QString other = others.value().first(); // a pair has one other device
    const auto at = m_r.m_pairs.confirmedAt(m_pair.id, other);
    const auto role = m_r.m_pairs.deviceRole(m_pair.id, other);
    if (!at || !role)
        return {};
    const QString me = m_r.m_pairs.deviceId();
    const QString logical = confirmationId(other);
    auto known = m_r.m_pairs.knowsDoc(m_pair.id, m_keys.docId(logical));
    if (!known)
        return known.error();
    if (known.value() && !m_counts.serverReset)
        return {};
    if (known.value())
        m_sentBefore.insert(m_keys.docId(logical));
    const QByteArray transcript =
        transcriptWith(m_r.m_pairs.devicePublicKey(m_pair.id, other), *role);
    return pushDocs({{logical, Envelope::sealConfirmed(m_keys, me, other, transcript, *at,
                                                       m_device.secretKey)}},
                    [] { return Status(); });
}

Replicator::Pass::Opening Replicator::Pass::openDocs(const QList<QJsonObject> &read)
{
    // Open everything before changing anything: device announcements first. A pair is two
    // devices, one of each role: this one and the first of the other role to announce itself
    // (docs/SYNC.md, "Who may write what").
    Opening opening;
    const QList<QJsonObject> docs = unbundle(read, opening);
    const QString me = m_r.m_pairs.deviceId();
    const Role myRole = store().role();
    const QDateTime now = store().clock().now();
    struct Announced
    {
        QByteArray key;
        Role role;
    };
    QHash<QString, Announced> newDevices;
    // What the store knows of each author, asked once a delivery: nothing here changes the
    // store before apply().
    QHash<QString, QByteArray> storedKeys;
    QHash<QString, std::optional<Role>> storedRoles;
    QHash<QString, bool> storedConfirmed;
    auto keyOf = [&](const QString &device) {
        if (const auto it = newDevices.constFind(device); it != newDevices.cend())
            return it->key;
        auto stored = storedKeys.constFind(device);
        if (stored == storedKeys.cend())
            stored = storedKeys.insert(device, m_r.m_pairs.devicePublicKey(m_pair.id, device));
        return *stored;
    };
    auto roleOf = [&](const QString &device) -> std::optional<Role> {
        if (const auto it = newDevices.constFind(device); it != newDevices.cend())
            return it->role;
        auto stored = storedRoles.constFind(device);
        if (stored == storedRoles.cend())
            stored = storedRoles.insert(device, m_r.m_pairs.deviceRole(m_pair.id, device));
        return *stored;
    };
    auto confirmed = [&](const QString &device) {
        auto stored = storedConfirmed.constFind(device);
        if (stored == storedConfirmed.cend())
            stored = storedConfirmed.insert(device,
                                            m_r.m_pairs.confirmedAt(m_pair.id, device).has_value());
        return *stored;
    };
    const auto others = m_r.m_pairs.otherDevices(m_pair.id);
    const bool hadOther = !others || !others.value().isEmpty();
    auto pairComplete = [&] {
        return hadOther || !newDevices.isEmpty();
    };
    QHash<QString, Record> delivered; // records accepted in this delivery, for their threads
    auto find = [&](const QString &id) -> std::optional<Record> {
        if (const auto it = delivered.constFind(id); it != delivered.cend())
            return *it;
        auto here = store().records().get(id);
        return here ? std::optional<Record>(here.value()) : std::nullopt;
    };
    // Each envelope is opened (and its signature checked) once: device announcements in the
    // first round, the rest in the second. Only an envelope whose author was unknown in the
    // first round is opened again, once the announcements of this delivery are known; its
    // signature was not checked then (no key). A key, once known, stays the same.
    // The first round opens every envelope on all cores (Envelope::open touches nothing
    // shared) with the keys known before this delivery.
    QHash<QString, QByteArray> knownBefore;
    for (const QString &device : others ? others.value() : QStringList())
        knownBefore.insert(device, keyOf(device));
    knownBefore.insert(me, keyOf(me));
    const auto knownKey = [&knownBefore](const QString &device) {
        return knownBefore.value(device);
    };
    QList<OpenResult> openedFirst(docs.size());
    forEachInParallel(docs.size(), [&](qsizetype i) {
        openedFirst[i] = Envelope::open(m_keys, docs.at(i), knownKey);
    });
    for (int pass = 0; pass < 2; ++pass) {
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const QJsonObject &doc = docs.at(i);
            const QString docId = doc.value(QStringLiteral("_id")).toString();
            if (pass == 1 && openedFirst.at(i).rejection == Rejection::UnknownDevice)
                openedFirst[i] = Envelope::open(m_keys, doc, keyOf);
            const OpenResult &opened = openedFirst.at(i);
            const bool isDevice = opened.opened && opened.opened->type == EnvelopeType::Device;
            if ((pass == 0) != isDevice && opened.opened)
                continue;
            if (!opened.opened) {
                if (pass == 0)
                    continue;
                if (opened.rejection == Rejection::UnknownDevice && !pairComplete()) {
                    // Its author's announcement may come later (a clustered server's
                    // _changes need not keep the order it was written in): keep it for later.
                    opening.waiting.append(docId);
                    continue;
                }
                // Once the pair has its two devices, an unknown signer is nobody's.
                if (opened.rejection == Rejection::UnknownDevice)
                    opening.refused.append({docId, {}, {}, 0});
                m_olderVersion = m_olderVersion || opened.rejection == Rejection::OldFormat;
                ++m_counts.rejected;
                qCWarning(lcSync) << "rejected an envelope, reason" << int(opened.rejection);
                continue;
            }
            const Opened &o = *opened.opened;
            if (o.type == EnvelopeType::Device) {
                const QByteArray known = keyOf(o.author);
                if (!known.isEmpty()) {
                    if (known != o.devicePublicKey)
                        ++m_counts.rejected; // a second key for a known device: refused
                    else
                        opening.accepted.append({docId, o});
                    continue;
                }
                if (o.author == me || o.role == myRole || pairComplete()) {
                    opening.intruder = true; // not one of the pair's two devices: refused
                    qCWarning(lcSync) << "refused a device announcement: the pair has its two";
                    continue;
                }
                newDevices.insert(o.author, {o.devicePublicKey, o.role});
                opening.accepted.append({docId, o});
                continue;
            }
            const std::optional<Role> role = roleOf(o.author);
            if (!role) { // known from before roles were announced
                m_olderVersion = true;
                ++m_counts.rejected;
                continue;
            }
            if (o.type == EnvelopeType::Confirmed) {
                // The other device's person confirmed the words: only from the other member
                // of the pair, naming this device and the words both screens show here
                // (docs/SYNC.md, "Confirming the pair").
                Record when;
                when.createdAt = o.confirmedAt;
                if (sharing::isAhead(when, now)) {
                    opening.waiting.append(docId); // its clock is ahead: tried again later
                    continue;
                }
                if (o.author == me || *role == myRole || o.confirmedDevice != me ||
                    o.transcript != transcriptWith(keyOf(o.author), *role) ||
                    o.confirmedAt.toMSecsSinceEpoch() < kYear2000Ms) {
                    ++m_counts.rejected;
                    opening.refused.append({docId, o.logicalId, o.author, 0});
                    qCWarning(lcSync) << "refused a confirmation that is not this pair's";
                    continue;
                }
                opening.accepted.append({docId, o});
                continue;
            }
            if (o.type == EnvelopeType::Record &&
                (newDevices.contains(o.author) || !confirmed(o.author))) {
                // Not applied before this device's person confirmed the check words
                // (docs/SYNC.md, "Confirming the pair"): kept back, tried again each pass.
                opening.unconfirmed.append(docId);
                continue;
            }
            if (o.type == EnvelopeType::Record) {
                // What the author's side may create, in the rules the hand-over file uses.
                const Record &r = o.record;
                const auto side =
                    *role == Role::Therapist ? sharing::Side::Therapist : sharing::Side::Patient;
                if (sharing::isAhead(r, now)) {
                    // Its device's clock is ahead of this one's: tried again on each pass, and
                    // reported until then.
                    opening.waiting.append(docId);
                    continue;
                }
                if (!SharePolicy::isSharedKind(r.kind) || !sharing::fieldsAreValid(r, now) ||
                    !sharing::mayCreate(side, r) || !sharing::fitsItsThread(r, find)) {
                    ++m_counts.rejected;
                    opening.refused.append({docId, o.logicalId, o.author, o.number});
                    qCWarning(lcSync) << "refused a record its author's device may not make";
                    continue;
                }
                delivered.insert(r.id, r);
            }
            opening.accepted.append({docId, o});
        }
    }
    return opening;
}

} // namespace dit::sync
