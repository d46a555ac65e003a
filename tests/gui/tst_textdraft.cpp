// Typed text is kept when saving fails: with the disk full, TextDraft keeps the text in memory,
// says so plainly, and saves it once there is room. Shown at the view-model level, on a small
// file system that really fills (run through tests/reliability/with-small-fs.sh).
#include "AppContext.h"
#include "SmallDisk.h"
#include "TestSupport.h"
#include "TextDraft.h"
#include "storage/Drafts.h"
#include "testing/MemoryKeystore.h"

#include <QSignalSpy>
#include <QTest>

using namespace dit;

class TestTextDraft : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<AppContext> m_ctx;
    QString m_disk;

    void openProfile(const QString &dir)
    {
        AppContext::Options options;
        options.profileDir = dir;
        m_ctx = std::make_unique<AppContext>(
            options, std::make_unique<MemoryKeystore>(),
            std::make_unique<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
        auto store = m_ctx->profile().create(test::secret("correct horse battery"), Role::Patient,
                                             test::fastKdf());
        QVERIFY(store);
        m_ctx->openStore(std::move(store.value()));
    }

    QString storedDraft(const QString &key)
    {
        Store *store = m_ctx->store();
        auto body = Drafts(store->database(), store->clock()).load(key);
        return body && body.value() ? *body.value() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_disk = test::smallDisk();
        if (m_disk.isEmpty())
            QSKIP("needs the small file system: run through tests/reliability/with-small-fs.sh");
    }

    void savesAsThePersonTypes()
    {
        QTemporaryDir dir;
        openProfile(dir.filePath(QStringLiteral("p")));
        TextDraft draft(*m_ctx);
        draft.setSaveDelay(10);
        draft.setKey(QStringLiteral("note:new"));
        draft.setText(QStringLiteral("What I want to say"));
        QCOMPARE(draft.saveState(), TextDraft::Unsaved);
        QTRY_COMPARE(draft.saveState(), TextDraft::Saved);
        QCOMPARE(storedDraft(QStringLiteral("note:new")), QStringLiteral("What I want to say"));
        // A second view of the same draft (after a restart) finds it.
        TextDraft again(*m_ctx);
        again.setKey(QStringLiteral("note:new"));
        QCOMPARE(again.text(), QStringLiteral("What I want to say"));
        // Locking saves what is pending and takes the text out of memory.
        draft.setSaveDelay(60000);
        draft.setText(QStringLiteral("What I want to say, and more"));
        m_ctx->closeStore();
        QCOMPARE(draft.text(), QString());
        auto reopened = m_ctx->profile().unlock(test::secret("correct horse battery"));
        QVERIFY(reopened);
        m_ctx->openStore(std::move(reopened.value()));
        QCOMPARE(storedDraft(QStringLiteral("note:new")),
                 QStringLiteral("What I want to say, and more"));
        QCOMPARE(draft.text(), QStringLiteral("What I want to say, and more"));
    }

    void aFailedSaveKeepsTheTextAndSaysSo()
    {
        openProfile(m_disk + QStringLiteral("/p"));
        TextDraft draft(*m_ctx);
        QSignalSpy state(&draft, &TextDraft::saveStateChanged);
        draft.setKey(QStringLiteral("reply:letter"));
        draft.setText(QStringLiteral("The first lines of my reply"));
        QVERIFY(draft.save());

        test::DiskFiller filler(m_disk);
        filler.fill();
        const QString typed = QStringLiteral("The first lines of my reply, and then ") +
                              QString(3000, QLatin1Char('x'));
        draft.setText(typed);
        QVERIFY(!draft.save());
        QCOMPARE(draft.text(), typed); // nothing typed is lost
        QCOMPARE(draft.saveState(), TextDraft::Failed);
        QVERIFY2(draft.errorMessage().contains(QStringLiteral("not enough free space")),
                 qPrintable(draft.errorMessage()));
        QVERIFY(draft.errorMessage().contains(QStringLiteral("still here")));
        // What was saved before is still there, whole.
        QCOMPARE(storedDraft(QStringLiteral("reply:letter")),
                 QStringLiteral("The first lines of my reply"));
        // Turning it into a record fails the same way and keeps it too.
        QVERIFY(!draft.submit());
        QCOMPARE(draft.text(), typed);

        filler.release();
        QVERIFY(draft.save());
        QCOMPARE(draft.saveState(), TextDraft::Saved);
        QCOMPARE(draft.errorMessage(), QString());
        QCOMPARE(storedDraft(QStringLiteral("reply:letter")), typed);
        const QString kept(typed.constData(), typed.size()); // submit wipes the draft in place
        QVERIFY(draft.submit());
        QCOMPARE(draft.text(), QString());
        QCOMPARE(typed, QString(typed.size(), QChar(0))); // the text it held is zeroed
        QCOMPARE(storedDraft(QStringLiteral("reply:letter")), QString());
        auto notes = m_ctx->store()->records().list(QStringLiteral("note"));
        QCOMPARE(notes.value().size(), 1);
        QCOMPARE(notes.value().first().body.value(QStringLiteral("text")).toString(), kept);
        QVERIFY(state.count() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestTextDraft)
#include "tst_textdraft.moc"
