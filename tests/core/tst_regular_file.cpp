// Files from outside the app are read only when they are regular files, with a size cap checked
// before reading: a named pipe or a device is refused at once, never hangs or exhausts memory.
#include "common/RegularFile.h"
#include "learn/LearnLibrary.h"
#include "measures/InstrumentCatalogue.h"
#include "service/ServiceConfig.h"
#include "storage/KeyFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace dit;

class TestRegularFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // A FIFO nobody writes to: opening it for reading the ordinary way waits for ever.
    QString fifo(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (::mkfifo(QFile::encodeName(path).constData(), 0600) != 0)
            qFatal("mkfifo failed");
        return path;
    }

    QString linkToZero(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        if (!QFile::link(QStringLiteral("/dev/zero"), path))
            qFatal("link failed");
        return path;
    }

private Q_SLOTS:
    void regularFileIsRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("plain.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        auto bytes = readRegularFile(path, 5);
        QVERIFY(bytes);
        QCOMPARE(bytes.value(), QByteArray("hello"));
        auto tooSmall = readRegularFile(path, 4);
        QVERIFY(!tooSmall);
        QVERIFY(tooSmall.error().message.contains(QStringLiteral("larger than")));
    }

    void pipeAndDeviceAreRefused()
    {
        for (const QString &path :
             {fifo(QStringLiteral("pipe")), linkToZero(QStringLiteral("zero"))}) {
            auto bytes = readRegularFile(path, 1024);
            QVERIFY(!bytes);
            QCOMPARE(bytes.error().code, ErrorCode::BadInput);
            QVERIFY2(bytes.error().message.endsWith(QStringLiteral("is not a regular file.")),
                     qPrintable(bytes.error().message));
            QFile stream;
            QVERIFY(!openRegularFile(stream, path));
            QVERIFY(!stream.isOpen());
        }
        QCOMPARE(readRegularFile(m_dir.filePath(QStringLiteral("none")), 10).error().code,
                 ErrorCode::NotFound);
    }

    void instrumentPackSkipsDevicesAndPipes()
    {
        QTemporaryDir pack;
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), pack.filePath(QStringLiteral("x.json"))));
        QVERIFY(::mkfifo(QFile::encodeName(pack.filePath(QStringLiteral("y.json"))).constData(),
                         0600) == 0);
        const auto c = InstrumentCatalogue::withPack(pack.path());
        QCOMPARE(c.problems().size(), 1); // the pipe is not even listed as a file
        for (const QString &p : c.problems())
            QVERIFY2(p.contains(QStringLiteral("is not a regular file")), qPrintable(p));
        QCOMPARE(c.instruments().size(), InstrumentCatalogue::builtIn().instruments().size());
    }

    void serviceFilePipeIsAProblem()
    {
        QTemporaryDir folder;
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"),
                            folder.filePath(QStringLiteral("service.json"))));
        auto loaded = ServiceConfig::loadFromFolder(folder.path());
        QVERIFY(!loaded);
        QVERIFY(loaded.error().message.contains(QStringLiteral("is not a regular file")));
        QCOMPARE(ServiceConfig::problemsIn(folder.path()).size(), 1);
    }

    void learnPieceOnAPipeIsAProblem()
    {
        LearnLibrary library;
        const auto problems = library.loadFile(fifo(QStringLiteral("piece.md")));
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().message.contains(QStringLiteral("is not a regular file")));
    }

    void keyFileOnAPipeIsRefused()
    {
        auto key = KeyFile::read(fifo(QStringLiteral("key")));
        QVERIFY(!key);
        QVERIFY(key.error().message.contains(QStringLiteral("is not a regular file")));
    }
};

QTEST_GUILESS_MAIN(TestRegularFile)
#include "tst_regular_file.moc"
