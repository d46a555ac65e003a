// The key file parser (storage/KeyFile): whatever it accepts must serialise and parse back to
// the same file, and a small-cost file must unwrap (to a wrong-passphrase error) cleanly.
#include "FuzzSupport.h"
#include "storage/KeyFile.h"

using namespace dit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = KeyFile::parse(fuzz::bytes(data, size));
    fuzz::note(parsed.ok());
    if (!parsed)
        return parsed.error().code == ErrorCode::Damaged ? 0 : (fuzz::broken(), 0);
    const QByteArray again = parsed.value().serialize();
    auto reparsed = KeyFile::parse(again);
    if (!reparsed || reparsed.value().serialize() != again ||
        reparsed.value().profileId() != parsed.value().profileId())
        fuzz::broken();
    const KdfParams &kdf = parsed.value().kdfParams();
    if (kdf.memLimitBytes <= 1024 * 1024 && kdf.opsLimit <= 3) {
        auto key = parsed.value().unwrapWithPassphrase(SecretBytes::copyOf("not it"));
        if (key)
            fuzz::broken(); // nobody can make a file the fuzzer's passphrase opens
    }
    return 0;
}
