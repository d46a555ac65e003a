// The content review record (docs/CONTENT_REVIEW.md) lists every built-in clinical text at
// the version in the repository, and every built-in crisis contact: a new or changed file
// without a row fails here (docs/CLINICAL_SAFETY.md, H20).
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

namespace {

const QString kResources = QStringLiteral(DIT_SOURCE_DIR "/core/resources");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

// The record's rows, by their first cell: "learn/x.md" -> the whole row's cells.
QMap<QString, QStringList> rows()
{
    const QString text =
        QString::fromUtf8(readAll(QStringLiteral(DIT_SOURCE_DIR "/docs/CONTENT_REVIEW.md")));
    QMap<QString, QStringList> out;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (!line.startsWith(QLatin1String("| ")))
            continue;
        QStringList cells = line.split(QLatin1Char('|'));
        cells = cells.mid(1, cells.size() - 2);
        for (QString &c : cells)
            c = c.trimmed().remove(QLatin1Char('`'));
        out.insert(cells.first(), cells);
    }
    return out;
}

} // namespace

class TestContentReview : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyPieceIsRecorded()
    {
        const auto record = rows();
        QStringList files;
        for (const QString &dir : {QStringLiteral("learn"), QStringLiteral("instruments")})
            for (const QString &name : QDir(kResources + u'/' + dir).entryList(QDir::Files))
                files << dir + u'/' + name;
        files << QStringLiteral("service/service.json");
        QVERIFY(files.size() > 15);
        for (const QString &file : std::as_const(files)) {
            const QString version =
                QString::fromLatin1(QCryptographicHash::hash(readAll(kResources + u'/' + file),
                                                             QCryptographicHash::Sha256)
                                        .toHex()
                                        .left(12));
            QVERIFY2(record.contains(file),
                     qPrintable(QStringLiteral("%1 (version %2) has no row in "
                                               "docs/CONTENT_REVIEW.md")
                                    .arg(file, version)));
            const QStringList &row = record.value(file);
            QCOMPARE(row.size(), 4);
            QVERIFY2(row.at(1) == version,
                     qPrintable(QStringLiteral("%1 changed: record version %2, its review state "
                                               "and source in docs/CONTENT_REVIEW.md")
                                    .arg(file, version)));
            QVERIFY2(!row.at(2).isEmpty(), qPrintable(file + QStringLiteral(": no source")));
            QVERIFY2(!row.at(3).isEmpty(), qPrintable(file + QStringLiteral(": no state")));
        }
        // No row for a file that has gone.
        for (auto it = record.cbegin(); it != record.cend(); ++it)
            if (it.key().contains(u'/'))
                QVERIFY2(files.contains(it.key()), qPrintable(it.key() + u" no longer exists"));
    }

    void everyCrisisContactIsRecorded()
    {
        const auto record = rows();
        const QJsonArray contacts =
            QJsonDocument::fromJson(readAll(kResources + QStringLiteral("/service/service.json")))
                .object()
                .value(QStringLiteral("crisis"))
                .toObject()
                .value(QStringLiteral("contacts"))
                .toArray();
        QVERIFY(contacts.size() >= 4);
        for (const QJsonValue &c : contacts) {
            const QString name = c.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(record.contains(name), qPrintable(name + u" has no row"));
            QCOMPARE(record.value(name).at(1),
                     c.toObject().value(QStringLiteral("number")).toString());
            QVERIFY(!record.value(name).at(3).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestContentReview)
#include "tst_content_review.moc"
