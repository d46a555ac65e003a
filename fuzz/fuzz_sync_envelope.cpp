// The sync record decoder (sync/Envelope): the input is the blob a server document carries.
// Whatever opens must be the record its document id names, from the known device, and must
// open the same way again; nothing may crash or read out of bounds.
#include "FuzzSupport.h"
#include "sync/Envelope.h"

#include <sodium.h>

using namespace dit;
using namespace dit::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const PairKeys keys(fuzz::syncPairKey());
    static const QByteArray publicKey = [] {
        QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
        QByteArray sk(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
        const QByteArray seed = fuzz::syncDeviceSeed();
        crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()),
                                 reinterpret_cast<unsigned char *>(sk.data()),
                                 reinterpret_cast<const unsigned char *>(seed.constData()));
        return pk;
    }();
    const QString docId = keys.docId(fuzz::syncRecordId());
    const QJsonObject doc{
        {QStringLiteral("_id"), docId},
        {QStringLiteral("e"), QString::fromLatin1(fuzz::bytes(data, size).toBase64())}};
    auto known = [](const QString &device) {
        return device == fuzz::syncDeviceId() ? publicKey : QByteArray();
    };
    const OpenResult opened = Envelope::open(keys, doc, known);
    fuzz::note(bool(opened.opened));
    if (opened.opened.has_value() != (opened.rejection == Rejection::None))
        fuzz::broken();
    if (!opened.opened)
        return 0;
    if (opened.opened->type == EnvelopeType::Record &&
        (opened.opened->record.id != fuzz::syncRecordId() ||
         opened.opened->author != fuzz::syncDeviceId()))
        fuzz::broken();
    const OpenResult again = Envelope::open(keys, doc, known);
    if (!again.opened || again.opened->record.body != opened.opened->record.body)
        fuzz::broken();
    return 0;
}
