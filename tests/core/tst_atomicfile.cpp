// Atomic replacement: a reader sees the old or the new file, and leftovers are tidied.
#include "TestSupport.h"
#include "storage/AtomicFile.h"

#include <QDir>
#include <QTest>

using namespace dit;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(writeFileAtomically(path, "old"));
        QVERIFY(writeFileAtomically(path, "new contents"));
        QCOMPARE(test::readFile(path), QByteArray("new contents"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadOther | QFile::ReadGroup),
                 QFile::Permissions());
    }

    void interruptedWriteKeepsOldAndLeftoversAreRemoved_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("created") << int(WriteStep::TempCreated) << QByteArray("old");
        QTest::newRow("written") << int(WriteStep::TempWritten) << QByteArray("old");
        QTest::newRow("synced") << int(WriteStep::TempSynced) << QByteArray("old");
        QTest::newRow("renamed") << int(WriteStep::Renamed) << QByteArray("new");
    }

    void interruptedWriteKeepsOldAndLeftoversAreRemoved()
    {
        QFETCH(int, step);
        QFETCH(QByteArray, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f"));
        QVERIFY(writeFileAtomically(path, "old"));
        QVERIFY(!writeFileAtomically(path, "new", [step](WriteStep s) { return int(s) != step; }));
        QCOMPARE(test::readFile(path), expected);
        removeStaleTemporaries(path);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void missingFolderIsAnError()
    {
        QTemporaryDir dir;
        const Status s = writeFileAtomically(dir.filePath(QStringLiteral("no/such/f")), "x");
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Io);
    }
};

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
