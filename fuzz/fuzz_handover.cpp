// The hand-over file reader (handover/HandoverFile, handover/Handover): every input is refused
// cleanly, with a reason, or taken whole. The first byte picks the shape of the rest:
//   even: the rest is a hand-over file: parsed, then opened with a fixed key (the fuzzer
//         cannot pass Argon2id of a one-time code, and it would cost too much per input);
//   odd:  the rest is the decrypted payload, brought into a patient's store (bit 1 clear) or
//         a therapist's (bit 1 set, for a patient of that caseload), so the checks on what a
//         file may hold (kinds, bodies, versions, pairing) are fuzzed too.
#include "FuzzSupport.h"
#include "caseload/PatientStore.h"
#include "handover/Handover.h"
#include "handover/HandoverFile.h"
#include "storage/Profile.h"

#include <QTemporaryDir>

using namespace dit;

namespace {

struct Stores
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Store> patient;
    std::unique_ptr<Store> therapist;
    QString patientId;

    Stores()
    {
        const auto make = [&](const char *name, Role role) {
            Profile p(dir.filePath(QString::fromLatin1(name)), clock);
            auto s = p.create(SecretBytes::copyOf("fuzz passphrase"), role, KdfParams::forTests());
            if (!s)
                fuzz::broken();
            return std::move(s.value());
        };
        patient = make("patient", Role::Patient);
        therapist = make("therapist", Role::Therapist);
        auto added = PatientStore(therapist->records()).add(QStringLiteral("A.K."));
        if (!added)
            fuzz::broken();
        patientId = added.value().id;
    }
};

Stores &stores()
{
    static Stores s;
    return s;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        auto parsed = handover::parse(rest);
        if (!parsed) {
            if (parsed.error().message.isEmpty())
                fuzz::broken(); // every refusal says why
            fuzz::note(false);
            return 0;
        }
        auto opened = handover::openWithKey(parsed.value(), fuzz::backupStreamKey());
        if (!opened && opened.error().message.isEmpty())
            fuzz::broken();
        fuzz::note(opened.ok());
        return 0;
    }
    Stores &s = stores();
    const bool therapist = (data[0] & 2) != 0;
    Store &store = therapist ? *s.therapist : *s.patient;
    auto imported = handover::importPayload(store, rest, therapist ? s.patientId : QString());
    if (!imported && imported.error().message.isEmpty())
        fuzz::broken();
    fuzz::note(imported.ok());
    return 0;
}
