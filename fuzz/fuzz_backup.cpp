// The backup reader (backup/BackupStream): every input is refused cleanly or read whole.
// The first byte picks the shape of the rest:
//   even: the rest is a backup file, read with the fixed stream key (so the fuzzer gets past
//         Argon2id and its tags are checked for real);
//   odd:  the rest is split into messages the fuzzer controls, sealed under the fixed key
//         after a valid header, so the reader's handling of what decrypts (the manifest, the
//         chunk sizes, the final tag, the totals) is fuzzed too.
#include "FuzzSupport.h"
#include "backup/BackupStream.h"

#include <QBuffer>
#include <QtEndian>

#include <sodium.h>

using namespace dit;

namespace {

Result<backup::Opened> readAll(const QByteArray &file)
{
    QBuffer in;
    in.setData(file);
    in.open(QIODevice::ReadOnly);
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    auto opened = backup::readStream(
        in, [](const backup::Header &) { return Result<SecretBytes>(fuzz::backupStreamKey()); },
        &out);
    if (opened && out.size() != opened.value().manifest.databaseBytes)
        fuzz::broken(); // "read whole" means exactly what the manifest promised
    return opened;
}

QByteArray frame(const QByteArray &ciphertext)
{
    char len[4];
    qToBigEndian<quint32>(quint32(ciphertext.size()), len);
    return QByteArray(len, 4) + ciphertext;
}

// Seals fuzzer-chosen messages into an otherwise valid file.
QByteArray sealed(const QByteArray &script)
{
    backup::Header header;
    header.kdf = KdfParams::forTests();
    header.chunkBytes = backup::kMinChunkBytes;
    const QByteArray prefix = header.serialize();
    const SecretBytes key = fuzz::backupStreamKey();
    crypto_secretstream_xchacha20poly1305_state state;
    QByteArray streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(streamHeader.data()), key.data());
    QByteArray file = prefix + streamHeader;
    // Script: [tag byte][u16 length][bytes] ...; the first message is followed by its check.
    bool first = true;
    for (qsizetype at = 0; at + 3 <= script.size();) {
        const unsigned char tag = static_cast<unsigned char>(script.at(at)) & 3;
        const quint16 n = qFromBigEndian<quint16>(script.constData() + at + 1);
        const QByteArray plain = script.mid(at + 3, n);
        at += 3 + plain.size();
        QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        crypto_secretstream_xchacha20poly1305_push(
            &state, reinterpret_cast<unsigned char *>(cipher.data()), nullptr,
            reinterpret_cast<const unsigned char *>(plain.constData()),
            static_cast<unsigned long long>(plain.size()),
            reinterpret_cast<const unsigned char *>(prefix.constData()),
            static_cast<unsigned long long>(prefix.size()), tag);
        file += frame(cipher);
        if (first) {
            unsigned char check[backup::kCheckBytes];
            crypto_generichash(check, sizeof check,
                               reinterpret_cast<const unsigned char *>(file.constData()),
                               static_cast<unsigned long long>(file.size()), nullptr, 0);
            file += QByteArray(reinterpret_cast<const char *>(check), sizeof check);
            first = false;
        }
    }
    return file;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray rest = fuzz::bytes(data + 1, size - 1);
    auto opened = readAll((data[0] & 1) ? sealed(rest) : rest);
    fuzz::note(opened.ok());
    if (!opened && opened.error().message.isEmpty())
        fuzz::broken(); // every refusal says why
    return 0;
}
