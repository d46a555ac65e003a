#include "BackupFormat.h"

#include "common/Ids.h"
#include "crypto/FilePrefix.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

namespace dit::backup {

namespace {

const QString kCipher = QStringLiteral("xchacha20poly1305-secretstream");
const QString kFormat = QStringLiteral("dit-companion-backup");

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
    const QByteArray json = QJsonDocument(QJsonObject{{QStringLiteral("cipher"), kCipher},
                                                      {QStringLiteral("chunk"), chunkBytes},
                                                      {QStringLiteral("kdf"), kdf.toJson()}})
                                .toJson(QJsonDocument::Compact);
    return fileprefix::write(kMagic, kFormatVersion, json);
}

Result<Header> Header::read(QIODevice &in, QByteArray *prefix)
{
    const QByteArray fixed = in.read(fileprefix::kFixedBytes);
    const auto framed = fileprefix::read(fixed, kMagic, kFormatVersion, kMaxHeaderBytes);
    using P = fileprefix::Read::Problem;
    switch (framed.problem) {
    case P::None:
        break;
    case P::NotOurs:
        return notABackup();
    case P::CutOff:
        return damagedBackup(QCoreApplication::translate("Backup", "it is cut off."));
    case P::Newer:
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "Backup", "This backup was made by a newer version of DIT "
                                       "Companion. Please update the app to restore it."));
    case P::UnknownVersion:
        return damagedBackup(
            QCoreApplication::translate("Backup", "its version is not recognised."));
    case P::BadHeaderLength:
        return damagedBackup(QCoreApplication::translate("Backup", "its header is not valid."));
    }
    const quint32 length = framed.headerLength;
    const QByteArray json = in.read(qint64(length));
    if (json.size() != qsizetype(length))
        return damagedBackup(QCoreApplication::translate("Backup", "it is cut off."));

    QJsonParseError err{};
    const QJsonObject o = QJsonDocument::fromJson(json, &err).object();
    const auto kdf = KdfParams::fromJson(o.value(QStringLiteral("kdf")));
    Header h;
    h.chunkBytes = o.value(QStringLiteral("chunk")).toInt(-1);
    if (err.error != QJsonParseError::NoError ||
        o.value(QStringLiteral("cipher")).toString() != kCipher || !kdf ||
        h.chunkBytes < kMinChunkBytes || h.chunkBytes > kMaxChunkBytes)
        return damagedBackup(QCoreApplication::translate("Backup", "its header is not valid."));
    h.kdf = *kdf;
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
