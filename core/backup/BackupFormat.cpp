#include "BackupFormat.h"

#include "common/Ids.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace dit::backup {

namespace {

const QString kCipher = QStringLiteral("xchacha20poly1305-secretstream");
const QString kFormat = QStringLiteral("dit-companion-backup");
constexpr int kFixedPrefixBytes = 8 + 2 + 4;

QString b64(const QByteArray &b)
{
    return QString::fromLatin1(b.toBase64());
}

} // namespace

Error notABackup()
{
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("Backup", "This is not a DIT Companion backup "
                                                           "file."));
}

Error damagedBackup(const QString &why)
{
    return makeError(ErrorCode::Damaged,
                     QCoreApplication::translate("Backup", "The backup file is damaged: %1 "
                                                           "Nothing was changed.")
                         .arg(why));
}

Error wrongBackupPassphrase()
{
    return makeError(ErrorCode::WrongPassphrase,
                     QCoreApplication::translate(
                         "Backup", "That is not the passphrase this backup was made with. "
                                   "Nothing was changed."));
}

QByteArray Header::serialize() const
{
    const QJsonObject kdfJson{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                              {QStringLiteral("ops"), QString::number(kdf.opsLimit)},
                              {QStringLiteral("mem"), QString::number(kdf.memLimitBytes)},
                              {QStringLiteral("salt"), b64(kdf.salt)}};
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("cipher"), kCipher},
                                                      {QStringLiteral("chunk"), chunkBytes},
                                                      {QStringLiteral("kdf"), kdfJson}})
                                .toJson(QJsonDocument::Compact);
    QByteArray out(kMagic, sizeof kMagic);
    char fixed[6];
    qToBigEndian<quint16>(quint16(kFormatVersion), fixed);
    qToBigEndian<quint32>(quint32(json.size()), fixed + 2);
    out.append(fixed, sizeof fixed);
    out.append(json);
    return out;
}

Result<Header> Header::read(QIODevice &in, QByteArray *prefix)
{
    const QByteArray fixed = in.read(kFixedPrefixBytes);
    if (fixed.size() < qsizetype(sizeof kMagic) ||
        !fixed.startsWith(QByteArrayView(kMagic, sizeof kMagic)))
        return notABackup();
    if (fixed.size() < kFixedPrefixBytes)
        return damagedBackup(QCoreApplication::translate("Backup", "it is cut off."));
    const int version = qFromBigEndian<quint16>(fixed.constData() + 8);
    if (version > kFormatVersion)
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Backup", "This backup was made by a newer version of DIT "
                                       "Companion. Please update the app to restore it."));
    if (version != kFormatVersion)
        return damagedBackup(
            QCoreApplication::translate("Backup", "its version is not recognised."));
    const quint32 length = qFromBigEndian<quint32>(fixed.constData() + 10);
    if (length == 0 || length > quint32(kMaxHeaderBytes))
        return damagedBackup(QCoreApplication::translate("Backup", "its header is not valid."));
    const QByteArray json = in.read(qint64(length));
    if (json.size() != qsizetype(length))
        return damagedBackup(QCoreApplication::translate("Backup", "it is cut off."));

    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    const QJsonObject k = o.value(QStringLiteral("kdf")).toObject();
    Header h;
    bool okOps = false, okMem = false;
    h.kdf.opsLimit = k.value(QStringLiteral("ops")).toString().toULongLong(&okOps);
    h.kdf.memLimitBytes = k.value(QStringLiteral("mem")).toString().toULongLong(&okMem);
    auto salt =
        QByteArray::fromBase64Encoding(k.value(QStringLiteral("salt")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    h.chunkBytes = o.value(QStringLiteral("chunk")).toInt(-1);
    if (err.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("cipher")).toString() != kCipher ||
        k.value(QStringLiteral("alg")).toString() != QStringLiteral("argon2id13") || !okOps ||
        !okMem || !salt || h.chunkBytes < kMinChunkBytes || h.chunkBytes > kMaxChunkBytes)
        return damagedBackup(QCoreApplication::translate("Backup", "its header is not valid."));
    h.kdf.salt = *salt;
    if (!h.kdf.isAcceptable())
        return damagedBackup(
            QCoreApplication::translate("Backup", "its key parameters are not valid."));
    if (prefix)
        *prefix = fixed + json;
    return h;
}

QByteArray Manifest::toJson() const
{
    return QJsonDocument(
               QJsonObject{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("profile"), profileId},
                           {QStringLiteral("device"), deviceId},
                           {QStringLiteral("role"), role},
                           {QStringLiteral("app"), appVersion},
                           {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("schema"), schemaVersion},
                           {QStringLiteral("databaseBytes"), QString::number(databaseBytes)},
                           {QStringLiteral("records"), QString::number(records)},
                           {QStringLiteral("drafts"), QString::number(drafts)}})
        .toJson(QJsonDocument::Compact);
}

Result<Manifest> Manifest::fromJson(QByteArrayView json)
{
    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json.toByteArray(), &err).object();
    Manifest m;
    m.profileId = o.value(QStringLiteral("profile")).toString();
    m.deviceId = o.value(QStringLiteral("device")).toString();
    m.role = o.value(QStringLiteral("role")).toString();
    m.appVersion = o.value(QStringLiteral("app")).toString();
    m.createdAt =
        QDateTime::fromString(o.value(QStringLiteral("createdAt")).toString(), Qt::ISODate);
    m.schemaVersion = o.value(QStringLiteral("schema")).toInt(-1);
    bool okBytes = false, okRecords = false, okDrafts = false;
    m.databaseBytes = o.value(QStringLiteral("databaseBytes")).toString().toLongLong(&okBytes);
    m.records = o.value(QStringLiteral("records")).toString().toLongLong(&okRecords);
    m.drafts = o.value(QStringLiteral("drafts")).toString().toLongLong(&okDrafts);
    if (err.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("format")).toString() != kFormat ||
        o.value(QStringLiteral("version")).toInt() != kFormatVersion || !isValidId(m.profileId) ||
        !isValidId(m.deviceId) || m.schemaVersion < 1 || !okBytes || m.databaseBytes <= 0 ||
        !okRecords || m.records < 0 || !okDrafts || m.drafts < 0)
        return damagedBackup(QCoreApplication::translate("Backup",
                                                         "its description of its contents is not "
                                                         "valid."));
    return m;
}

} // namespace dit::backup
