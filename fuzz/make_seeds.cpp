// Writes the fuzz targets' seed corpus: one valid input of each kind (and a few variants),
// so fuzzing starts from inside the formats. Run once when a format changes and commit the
// result: build/dev/fuzz/make_fuzz_seeds fuzz/corpus
#include "FuzzSupport.h"
#include "backup/BackupStream.h"
#include "common/Ids.h"
#include "storage/KeyFile.h"
#include "sync/Envelope.h"
#include "sync/Pairing.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QtEndian>

#include <cstdio>
#include <fcntl.h>
#include <sodium.h>
#include <unistd.h>

using namespace dit;

namespace {

QString s_root;

void write(const char *target, const char *name, const QByteArray &bytes)
{
    const QString dir = s_root + QLatin1Char('/') + QString::fromLatin1(target);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + QString::fromLatin1(name));
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("could not write a seed");
}

QByteArray script(unsigned char tag, const QByteArray &plain)
{
    char head[3];
    head[0] = char(tag);
    qToBigEndian<quint16>(quint16(plain.size()), head + 1);
    return QByteArray(head, 3) + plain;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds CORPUS_DIR\n");
        return 2;
    }
    s_root = QString::fromLocal8Bit(argv[1]);

    // Key files: passphrase only, and with a quick-unlock slot.
    const SecretBytes dbKey = SecretBytes::random(KeyFile::kDatabaseKeyBytes);
    auto key = KeyFile::create(newRandomId(), dbKey, SecretBytes::copyOf("seed passphrase"),
                               KdfParams::forTests());
    write("fuzz_keyfile", "passphrase-only.json", key.value().serialize());
    key.value().setKeystoreWrap(dbKey, SecretBytes::random(32));
    write("fuzz_keyfile", "with-quick-unlock.json", key.value().serialize());

    // Service configurations.
    QFile builtIn(QStringLiteral(":/dit/service/service.json"));
    builtIn.open(QIODevice::ReadOnly);
    write("fuzz_serviceconfig", "built-in.json", builtIn.readAll());
    write("fuzz_serviceconfig", "minimal.json",
          R"({"format":"dit-companion-service","version":1,"serviceName":"A service",
"crisis":{"intro":"If you need help now","contacts":[{"name":"Line","action":"text",
"number":"85258","message":"SHOUT"}]}})");

    // Markdown: every construct the subset has, and a letter.
    write("fuzz_markdown", "constructs.md",
          "# Heading one\n## Heading two\n### Heading three\n\nA paragraph with *emphasis* and "
          "**strong**,\ncontinued on a second line. An escaped \\* star.\n\n- a bullet\n* another\n"
          "1. first\n2. second\n\n> a quote\n");
    write("fuzz_markdown", "letter.md",
          "# Experiences of your self\n\nYou described feeling *second best*.\n\n"
          "# Experiences of others\n\nOthers seemed **dismissive**.\n\n# Conclusion\n\n"
          "- keep noticing\n- keep talking\n");

    // Backups, read with the fixed stream key: a whole file (first byte even) ...
    QTemporaryFile inner;
    inner.open();
    inner.write(QByteArray(3000, 'd'));
    inner.flush();
    backup::Header header;
    header.kdf = KdfParams::forTests();
    header.chunkBytes = backup::kMinChunkBytes;
    backup::Manifest m;
    m.profileId = newRandomId();
    m.deviceId = newRandomId();
    m.role = QStringLiteral("patient");
    m.appVersion = QStringLiteral("seed");
    m.createdAt = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    m.schemaVersion = 2;
    m.databaseBytes = 3000;
    QTemporaryFile out;
    out.open();
    auto written = backup::writeStream(int(out.handle()), header, fuzz::backupStreamKey(),
                                       SecretBytes::random(32), m, inner.fileName());
    if (!written)
        qFatal("could not write the backup seed");
    QFile back(out.fileName());
    back.open(QIODevice::ReadOnly);
    write("fuzz_backup", "whole-file.bin", QByteArray(1, '\0') + back.readAll());
    // ... and a script of messages to seal (first byte odd): key and manifest, two chunks.
    QByteArray seal(1, '\1');
    seal += script(0, QByteArray(32, 'k') + m.toJson());
    seal += script(0, QByteArray(1024, 'd'));
    m.databaseBytes = 1024 + 500;
    seal = QByteArray(1, '\1') + script(0, QByteArray(32, 'k') + m.toJson()) +
           script(0, QByteArray(1024, 'd')) + script(3, QByteArray(500, 'e'));
    write("fuzz_backup", "sealed-script.bin", seal);

    // Sync envelopes under the targets' fixed pair key, signed by their fixed device.
    const sync::PairKeys pairKeys(fuzz::syncPairKey());
    QByteArray pk(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    SecretBytes sk(crypto_sign_SECRETKEYBYTES);
    const QByteArray seed = fuzz::syncDeviceSeed();
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(pk.data()), sk.data(),
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    Record r;
    r.id = fuzz::syncRecordId();
    r.kind = QStringLiteral("measure-response");
    r.thread = r.id;
    r.author = fuzz::syncDeviceId();
    r.createdAt = QDateTime(QDate(2026, 5, 4), QTime(10, 0), Qt::UTC);
    r.body = {{QStringLiteral("answers"), QStringLiteral("1,2,3")}};
    auto blob = [](const QJsonObject &doc) {
        return QByteArray::fromBase64(doc.value(QStringLiteral("e")).toString().toLatin1());
    };
    write("fuzz_sync_envelope", "record.bin",
          blob(sync::Envelope::sealRecord(pairKeys, r, fuzz::syncDeviceId(), sk, 1)));
    r.parent = newRandomId();
    write("fuzz_sync_envelope", "record-with-parent.bin",
          blob(sync::Envelope::sealRecord(pairKeys, r, fuzz::syncDeviceId(), sk, 1)));

    // Pairing codes: both forms, https and a local test address.
    sync::PairingPayload code;
    code.pairKey = SecretBytes::copyOf(QByteArray(32, '\x21'));
    code.server = QUrl(QStringLiteral("https://sync.example.nhs.uk"));
    write("fuzz_pairing", "compact.txt", code.compact().toUtf8());
    write("fuzz_pairing", "typed.txt", code.typed().toUtf8());
    code.server = QUrl(QStringLiteral("http://127.0.0.1:5984/couch"));
    write("fuzz_pairing", "local.txt", code.compact().toUtf8());
    std::printf("seeds written to %s\n", argv[1]);
    return 0;
}
