#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTest>

namespace dit::test {

SecretBytes secret(const char *text)
{
    return SecretBytes::copyOf(QByteArrayView(text, qsizetype(std::strlen(text))));
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("test could not write a file");
    f.write(bytes);
}

QByteArray fileDigest(const QString &path)
{
    return QCryptographicHash::hash(readFile(path), QCryptographicHash::Sha256).toHex();
}

QMap<QString, QByteArray> folderDigests(const QString &dir)
{
    QMap<QString, QByteArray> out;
    const QDir d(dir);
    for (const QString &name : d.entryList(QDir::Files | QDir::Hidden | QDir::System))
        out.insert(name, fileDigest(d.filePath(name)));
    return out;
}

TempProfile::TempProfile() : clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC))
{
    if (!dir.isValid())
        qFatal("could not make a temporary folder");
}

std::unique_ptr<Store> TempProfile::create(const char *passphrase, Role role)
{
    Profile p = profile();
    auto store = p.create(secret(passphrase), role, fastKdf());
    if (!store)
        qFatal("test profile creation failed: %s", qPrintable(store.error().message));
    return std::move(store.value());
}

} // namespace dit::test
