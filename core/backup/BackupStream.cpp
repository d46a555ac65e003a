#include "BackupStream.h"

#include "crypto/Sodium.h"
#include "storage/DiskSpace.h"

#include <QCoreApplication>
#include <QFile>
#include <QIODevice>
#include <QtEndian>

#include <cerrno>
#include <sodium.h>
#include <unistd.h>

namespace dit::backup {

namespace {

using StreamState = crypto_secretstream_xchacha20poly1305_state;
constexpr int kStreamHeaderBytes = crypto_secretstream_xchacha20poly1305_HEADERBYTES;
constexpr int kAbytes = crypto_secretstream_xchacha20poly1305_ABYTES;
static_assert(crypto_secretstream_xchacha20poly1305_KEYBYTES == 32);

const unsigned char *u8(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char *>(v.data());
}

Error writeFailed(int err)
{
    if (err == ENOSPC || err == EDQUOT)
        return diskFullError();
    return makeError(ErrorCode::Io,
                     QCoreApplication::translate("Backup", "The backup file could not be "
                                                           "written."));
}

Status writeAll(int fd, QByteArrayView data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, static_cast<size_t>(data.size() - done));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return writeFailed(errno);
        }
        done += n;
    }
    return {};
}

QByteArray lengthPrefixed(const QByteArray &ciphertext)
{
    char len[4];
    qToBigEndian<quint32>(quint32(ciphertext.size()), len);
    return QByteArray(len, 4) + ciphertext;
}

QByteArray push(StreamState &state, QByteArrayView plaintext, const QByteArray &ad,
                unsigned char tag)
{
    QByteArray out(plaintext.size() + kAbytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(
        &state, reinterpret_cast<unsigned char *>(out.data()), nullptr, u8(plaintext),
        static_cast<unsigned long long>(plaintext.size()), u8(ad),
        static_cast<unsigned long long>(ad.size()), tag);
    return out;
}

QByteArray checkOf(const QByteArray &prefix, const QByteArray &streamHeader,
                   const QByteArray &firstMessage)
{
    crypto_generichash_state h;
    crypto_generichash_init(&h, nullptr, 0, kCheckBytes);
    for (const QByteArray *part : {&prefix, &streamHeader, &firstMessage})
        crypto_generichash_update(&h, u8(*part), static_cast<unsigned long long>(part->size()));
    QByteArray out(kCheckBytes, Qt::Uninitialized);
    crypto_generichash_final(&h, reinterpret_cast<unsigned char *>(out.data()), kCheckBytes);
    return out;
}

QByteArray finish(crypto_generichash_state &h)
{
    QByteArray out(kCheckBytes, Qt::Uninitialized);
    crypto_generichash_final(&h, reinterpret_cast<unsigned char *>(out.data()), kCheckBytes);
    return out;
}

// Reads a u32 length and that many bytes; nullopt at a clean end of file.
enum class Frame { Ok, End, Cut, TooLong };
Frame readFrame(QIODevice &in, qsizetype maxBytes, QByteArray *frame)
{
    const QByteArray len = in.read(4);
    if (len.isEmpty())
        return Frame::End;
    if (len.size() < 4)
        return Frame::Cut;
    const quint32 n = qFromBigEndian<quint32>(len.constData());
    if (n < quint32(kAbytes) || n > quint32(maxBytes))
        return Frame::TooLong;
    *frame = in.read(qint64(n));
    if (frame->size() != qsizetype(n))
        return Frame::Cut;
    *frame = len + *frame;
    return Frame::Ok;
}

QString cutOff()
{
    return QCoreApplication::translate("Backup", "it is cut off (it may not have finished "
                                                 "copying).");
}

} // namespace

Result<SecretBytes> streamKeyFor(const Header &header, const SecretBytes &passphrase)
{
    return deriveKey(passphrase, header.kdf, crypto_secretstream_xchacha20poly1305_KEYBYTES);
}

Result<QByteArray> writeStream(int fd, const Header &header, const SecretBytes &streamKey,
                               const SecretBytes &innerKey, const Manifest &manifest,
                               const QString &databaseFile)
{
    ensureSodium();
    QFile db(databaseFile);
    if (!db.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "Backup", "The copy of the store could not be read."));
    const qint64 total = db.size();

    const QByteArray prefix = header.serialize();
    StreamState state;
    QByteArray streamHeader(kStreamHeaderBytes, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(streamHeader.data()), streamKey.data());

    // The first message is secret (the inner key): it is assembled in guarded memory.
    const QByteArray manifestJson = manifest.toJson();
    SecretBytes first(innerKey.size() + static_cast<std::size_t>(manifestJson.size()));
    std::copy(innerKey.data(), innerKey.data() + innerKey.size(), first.data());
    std::copy(manifestJson.begin(), manifestJson.end(), first.data() + innerKey.size());
    const QByteArray firstFrame =
        lengthPrefixed(push(state, first.view(), prefix, 0 /* TAG_MESSAGE */));
    first.wipe();

    for (const QByteArray &part :
         {prefix, streamHeader, firstFrame, checkOf(prefix, streamHeader, firstFrame)})
        if (Status s = writeAll(fd, part); !s)
            return s.error();

    crypto_generichash_state digest;
    crypto_generichash_init(&digest, nullptr, 0, kCheckBytes);
    qint64 done = 0;
    do {
        const QByteArray chunk = db.read(header.chunkBytes);
        if (chunk.isEmpty() && done < total)
            return makeError(ErrorCode::Io, QCoreApplication::translate(
                                                "Backup", "The copy of the store could not be "
                                                          "read."));
        done += chunk.size();
        crypto_generichash_update(&digest, u8(chunk),
                                  static_cast<unsigned long long>(chunk.size()));
        const unsigned char tag = done >= total ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                                : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
        if (Status s = writeAll(fd, lengthPrefixed(push(state, chunk, prefix, tag))); !s)
            return s.error();
    } while (done < total);
    sodium_memzero(&state, sizeof state);
    return finish(digest);
}

Result<Opened> readStream(QIODevice &in, const KeyForHeader &keyFor, QIODevice *databaseOut)
{
    ensureSodium();
    QByteArray prefix;
    auto header = Header::read(in, &prefix);
    if (!header)
        return header.error();
    const QByteArray streamHeader = in.read(kStreamHeaderBytes);
    if (streamHeader.size() != kStreamHeaderBytes)
        return damagedBackup(cutOff());
    QByteArray firstFrame;
    const Frame f = readFrame(in, kMaxFirstMessageBytes + kAbytes, &firstFrame);
    if (f == Frame::TooLong)
        return damagedBackup(QCoreApplication::translate("Backup", "its start is not valid."));
    if (f != Frame::Ok)
        return damagedBackup(cutOff());
    const QByteArray check = in.read(kCheckBytes);
    if (check.size() != kCheckBytes)
        return damagedBackup(cutOff());
    if (sodium_memcmp(check.constData(), checkOf(prefix, streamHeader, firstFrame).constData(),
                      kCheckBytes) != 0)
        return damagedBackup(QCoreApplication::translate("Backup", "its start has been "
                                                                   "changed."));

    auto key = keyFor(header.value());
    if (!key)
        return key.error();
    if (key.value().size() != crypto_secretstream_xchacha20poly1305_KEYBYTES)
        return makeError(ErrorCode::Internal, QStringLiteral("stream key has the wrong size"));
    StreamState state;
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, u8(streamHeader),
                                                        key.value().data()) != 0)
        return damagedBackup(QCoreApplication::translate("Backup", "its start is not valid."));

    const QByteArrayView firstCipher = QByteArrayView(firstFrame).sliced(4);
    SecretBytes first(static_cast<std::size_t>(firstCipher.size() - kAbytes));
    unsigned char tag = 0;
    unsigned char scratch = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            &state, first.isEmpty() ? &scratch : first.data(), nullptr, &tag, u8(firstCipher),
            static_cast<unsigned long long>(firstCipher.size()), u8(prefix),
            static_cast<unsigned long long>(prefix.size())) != 0)
        return wrongBackupPassphrase();
    if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE ||
        first.size() <= std::size_t(kInnerKeyBytes))
        return damagedBackup(QCoreApplication::translate("Backup", "its start is not valid."));
    Opened opened;
    opened.innerKey = SecretBytes::copyOf(first.view().first(kInnerKeyBytes));
    auto manifest = Manifest::fromJson(first.view().sliced(kInnerKeyBytes));
    first.wipe();
    if (!manifest)
        return manifest.error();
    opened.manifest = manifest.value();

    crypto_generichash_state digest;
    crypto_generichash_init(&digest, nullptr, 0, kCheckBytes);
    qint64 total = 0;
    QByteArray plain(header.value().chunkBytes, Qt::Uninitialized);
    for (;;) {
        QByteArray frame;
        const Frame r = readFrame(in, header.value().chunkBytes + kAbytes, &frame);
        if (r == Frame::TooLong)
            return damagedBackup(
                QCoreApplication::translate("Backup", "a part of it is not valid."));
        if (r != Frame::Ok)
            return damagedBackup(cutOff());
        const QByteArrayView cipher = QByteArrayView(frame).sliced(4);
        unsigned long long n = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state, reinterpret_cast<unsigned char *>(plain.data()), &n, &tag, u8(cipher),
                static_cast<unsigned long long>(cipher.size()), u8(prefix),
                static_cast<unsigned long long>(prefix.size())) != 0)
            return damagedBackup(QCoreApplication::translate(
                "Backup", "a part of it has been changed or is out of order."));
        total += qint64(n);
        if (total > opened.manifest.databaseBytes)
            return damagedBackup(
                QCoreApplication::translate("Backup", "it holds more than it says."));
        crypto_generichash_update(&digest, u8(plain), n);
        if (databaseOut && databaseOut->write(plain.constData(), qint64(n)) != qint64(n))
            return makeError(ErrorCode::Io, QCoreApplication::translate(
                                                "Backup", "The backup could not be unpacked."));
        if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL)
            break;
        if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE)
            return damagedBackup(
                QCoreApplication::translate("Backup", "a part of it is not valid."));
    }
    sodium_memzero(&state, sizeof state);
    if (total != opened.manifest.databaseBytes)
        return damagedBackup(cutOff());
    if (!in.read(1).isEmpty())
        return damagedBackup(QCoreApplication::translate("Backup", "there is more after its end."));
    opened.databaseDigest = finish(digest);
    return opened;
}

} // namespace dit::backup
