#include "HandoverFile.h"

#include "crypto/Aead.h"
#include "crypto/FilePrefix.h"
#include "crypto/Sodium.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <sodium.h>

namespace dit::handover {

namespace {

const QString kCipher = QStringLiteral("xchacha20poly1305-ietf");

QByteArray checkOf(QByteArrayView bytes)
{
    ensureSodium();
    QByteArray out(kCheckBytes, '\0');
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), kCheckBytes,
                       reinterpret_cast<const unsigned char *>(bytes.data()),
                       static_cast<unsigned long long>(bytes.size()), nullptr, 0);
    return out;
}

QByteArray prefixFor(const KdfParams &kdf, const QByteArray &nonce)
{
    const QByteArray json =
        QJsonDocument(QJsonObject{{QStringLiteral("cipher"), kCipher},
                                  {QStringLiteral("kdf"), kdf.toJson()},
                                  {QStringLiteral("nonce"), QString::fromLatin1(nonce.toBase64())}})
            .toJson(QJsonDocument::Compact);
    return fileprefix::write(kMagic, kFormatVersion, json);
}

} // namespace

Error notAHandoverFile()
{
    return makeError(
        ErrorCode::BadInput,
        QCoreApplication::translate(
            "Handover", "This is not a DIT Companion hand-over file. Nothing was changed."));
}

Error damagedHandoverFile(const QString &why)
{
    return makeError(ErrorCode::Damaged,
                     QCoreApplication::translate(
                         "Handover",
                         "The hand-over file is damaged or incomplete: %1 Please make a new one. "
                         "Nothing was changed.")
                         .arg(why));
}

Error wrongHandoverCode()
{
    return makeError(ErrorCode::WrongPassphrase,
                     QCoreApplication::translate(
                         "Handover",
                         "That code does not open this file. Check each character and try "
                         "again. Nothing was changed."));
}

Result<QByteArray> seal(QByteArrayView payload, const SecretBytes &code, const KdfParams &kdf)
{
    if (payload.size() > kMaxPayloadBytes)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Handover", "There is too much to put in one hand-over file."));
    auto key = deriveKey(code, kdf, aead::kKeyBytes);
    if (!key)
        return key.error();
    const QByteArray nonce = aead::randomNonce();
    QByteArray out = prefixFor(kdf, nonce);
    const QByteArray sealed = aead::seal(key.value(), nonce, payload, out);
    char length[4];
    qToBigEndian<quint32>(quint32(sealed.size()), length);
    out.append(length, sizeof length);
    out.append(sealed);
    out.append(checkOf(out));
    return out;
}

Result<Sealed> parse(QByteArrayView file)
{
    const auto framed = fileprefix::read(file, kMagic, kFormatVersion, kMaxHeaderBytes);
    using P = fileprefix::Read::Problem;
    switch (framed.problem) {
    case P::None:
        break;
    case P::NotOurs:
        return notAHandoverFile();
    case P::CutOff:
        return damagedHandoverFile(QCoreApplication::translate("Handover", "it is cut off."));
    case P::Newer:
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Handover",
                             "This hand-over file was made by a newer version of DIT Companion. "
                             "Please update the app to open it."));
    case P::UnknownVersion:
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its version is not recognised."));
    case P::BadHeaderLength:
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its header is not valid."));
    }
    const quint32 headerLength = framed.headerLength;
    const qsizetype afterHeader = fileprefix::kFixedBytes + qsizetype(headerLength);
    if (file.size() < afterHeader + 4 + kCheckBytes)
        return damagedHandoverFile(QCoreApplication::translate("Handover", "it is cut off."));
    const quint32 sealedLength = qFromBigEndian<quint32>(file.data() + afterHeader);
    if (sealedLength < quint32(aead::kTagBytes) ||
        sealedLength > quint32(kMaxPayloadBytes + aead::kTagBytes))
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its contents are not valid."));
    const qsizetype end = afterHeader + 4 + qsizetype(sealedLength);
    if (file.size() != end + kCheckBytes)
        return damagedHandoverFile(
            file.size() < end + kCheckBytes
                ? QCoreApplication::translate("Handover", "it is cut off.")
                : QCoreApplication::translate("Handover", "it is too long."));
    if (checkOf(file.first(end)) != file.sliced(end).toByteArray())
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its contents do not match their check."));

    QJsonParseError err{};
    const QJsonObject o =
        QJsonDocument::fromJson(file.sliced(fileprefix::kFixedBytes, headerLength).toByteArray(),
                                &err)
            .object();
    const auto kdf = KdfParams::fromJson(o.value(QStringLiteral("kdf")));
    Sealed s;
    auto nonce =
        QByteArray::fromBase64Encoding(o.value(QStringLiteral("nonce")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (err.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("cipher")).toString() != kCipher || !kdf || !nonce ||
        nonce.decoded.size() != aead::kNonceBytes)
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its header is not valid."));
    s.kdf = *kdf;
    if (!s.kdf.isAcceptable())
        return damagedHandoverFile(
            QCoreApplication::translate("Handover", "its key parameters are not valid."));
    s.nonce = *nonce;
    s.prefix = file.first(afterHeader).toByteArray();
    s.ciphertext = file.sliced(afterHeader + 4, sealedLength).toByteArray();
    return s;
}

Result<QByteArray> openWithKey(const Sealed &sealed, const SecretBytes &key)
{
    auto plain = aead::open(key, sealed.nonce, sealed.ciphertext, sealed.prefix);
    if (!plain)
        return wrongHandoverCode();
    return plain;
}

Result<QByteArray> open(QByteArrayView file, const SecretBytes &code)
{
    auto sealed = parse(file);
    if (!sealed)
        return sealed.error();
    auto key = deriveKey(code, sealed.value().kdf, aead::kKeyBytes);
    if (!key)
        return key.error();
    return openWithKey(sealed.value(), key.value());
}

} // namespace dit::handover
