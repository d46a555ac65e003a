// The pairing code parser (sync/Pairing): whatever it accepts is an allowed address and a
// full key, and its own compact and typed forms parse back to the same.
#include "FuzzSupport.h"
#include "sync/CouchDatabase.h"
#include "sync/Pairing.h"

using namespace dit;
using namespace dit::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    auto parsed = PairingPayload::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    fuzz::note(parsed.ok());
    if (!parsed)
        return parsed.error().code == ErrorCode::BadInput ? 0 : (fuzz::broken(), 0);
    const PairingPayload &p = parsed.value();
    if (p.pairKey.size() != PairKeys::kKeyBytes || !CouchDatabase::addressAllowed(p.server))
        fuzz::broken();
    for (const QString &form : {p.compact(), p.typed()}) {
        auto again = PairingPayload::parse(form);
        if (!again || !again.value().pairKey.equals(p.pairKey) || again.value().server != p.server)
            fuzz::broken();
    }
    return 0;
}
