// What an attacker with the files but not the passphrase sees: no SQLite header, none of the
// text a person wrote, in the store, its WAL or its shared-memory file.
#include "TestSupport.h"

#include <QDir>
#include <QTest>

using namespace dit;

class TestCiphertext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void filesHoldNoPlaintext()
    {
        const QList<QByteArray> markers = {"MARKER-ANSWER-7d1f", "I felt second best again",
                                           "smash and grab", "rubbish and unimportant",
                                           "Experiences of your self"};
        test::TempProfile t;
        auto store = t.create();
        for (const QByteArray &m : markers) {
            QVERIFY(store->records().append(QStringLiteral("note"),
                                            {{QStringLiteral("text"), QString::fromUtf8(m)}}));
            QVERIFY(store->settings().setValue(QStringLiteral("k-") + QString::fromUtf8(m),
                                               QString::fromUtf8(m)));
        }
        QVERIFY(store->database().exec("INSERT INTO drafts (key, kind, body, updated_at) VALUES "
                                       "('d', 'form', 'MARKER-ANSWER-7d1f', 0);"));

        // Check both while the WAL holds the recent writes, and after a checkpoint.
        for (int pass = 0; pass < 2; ++pass) {
            const QDir dir(t.path());
            const QStringList files = dir.entryList(QDir::Files | QDir::Hidden | QDir::System);
            QVERIFY(files.contains(QStringLiteral("store.db")));
            if (pass == 0)
                QVERIFY(files.contains(QStringLiteral("store.db-wal")));
            for (const QString &name : files) {
                const QByteArray bytes = test::readFile(dir.filePath(name));
                QVERIFY2(!bytes.startsWith("SQLite format 3"), qPrintable(name));
                for (const QByteArray &m : markers) {
                    QVERIFY2(!bytes.contains(m), qPrintable(name + QStringLiteral(": ") + m));
                    QVERIFY2(!bytes.contains(QString::fromUtf8(m).toUtf8().toBase64()),
                             qPrintable(name));
                }
            }
            QVERIFY(store->database().checkpoint());
        }
    }
};

QTEST_GUILESS_MAIN(TestCiphertext)
#include "tst_ciphertext.moc"
