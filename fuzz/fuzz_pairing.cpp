// The pairing code parsers (sync/Pairing, sync/ShortCode), fed the same text as the app's one
// code field feeds them: a long code it accepts is an allowed address and a full key, and its
// own compact and typed forms parse back to the same; a short code it accepts has the short
// form's length and its typed form parses back to the same symbols.
#include "FuzzSupport.h"
#include "sync/CouchDatabase.h"
#include "sync/Pairing.h"
#include "sync/ShortCode.h"

using namespace dit;
using namespace dit::sync;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size > 4096)
        return 0;
    const QString text = QString::fromUtf8(fuzz::bytes(data, size));
    if (auto code = ShortCode::parse(text); code) {
        auto again = ShortCode::parse(code.value().typed());
        if (!ShortCode::isShortForm(text) || !again ||
            !again.value().symbols().equals(code.value().symbols()))
            fuzz::broken();
    } else if (code.error().code != ErrorCode::BadInput) {
        fuzz::broken();
    }
    auto parsed = PairingPayload::parse(text);
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
