// The letter view models in C++: every model passes QAbstractItemModelTester, and the
// editor's autosave keeps typing within its deadline and restores it after the editor goes.
#include "AppContext.h"
#include "LetterComparison.h"
#include "LetterEditing.h"
#include "LetterHome.h"
#include "LetterReading.h"
#include "Letters.h"
#include "TestSupport.h"
#include "demo/DemoData.h"
#include "letters/LetterDrafts.h"
#include "testing/MemoryKeystore.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace dit;

class TestLetterModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempProfile> m_profile;
    std::unique_ptr<AppContext> m_ctx;
    ManualClock *m_clock = nullptr;

    void open(demo::Stage stage)
    {
        m_profile = std::make_unique<test::TempProfile>();
        auto store = m_profile->create();
        auto clock = std::make_unique<ManualClock>(m_profile->clock.now());
        m_clock = clock.get();
        QVERIFY(demo::fill(*store, m_clock->now(), stage));
        AppContext::Options options;
        options.profileDir = m_profile->path();
        m_ctx = std::make_unique<AppContext>(options, std::make_unique<MemoryKeystore>(),
                                             std::move(clock));
        AppContext::setInstance(m_ctx.get());
        m_ctx->openStore(std::move(store));
    }

    QString draftOf(const QString &key)
    {
        auto d = LetterDrafts(m_ctx->store()->database(), *m_clock).load(key);
        return d && d.value() ? d.value()->letter.sections.value(0).text : QString();
    }

private Q_SLOTS:
    void cleanup()
    {
        AppContext::setInstance(nullptr);
        m_ctx.reset();
        m_profile.reset();
    }

    void modelsPassTheModelTester()
    {
        open(demo::Stage::After);
        Letters letters(*m_ctx);
        QAbstractItemModelTester libraryTester(letters.library());
        QAbstractItemModelTester momentsTester(letters.moments());
        QCOMPARE(letters.library()->rowCount(), 2);
        QCOMPARE(letters.moments()->rowCount(), 3);

        LetterReading reading;
        QAbstractItemModelTester rowsTester(reading.rows());
        reading.setLetterId(letters.letterId());
        QVERIFY(reading.available());
        QVERIFY(reading.rows()->rowCount() > 10);
        QCOMPARE(reading.versions().size(), 2);

        LetterComparison comparison;
        QAbstractItemModelTester diffTester(comparison.sections());
        comparison.setLetterId(letters.letterId());
        QVERIFY(comparison.available());
        QCOMPARE(comparison.sections()->rowCount(), 8);

        LetterEditing editing;
        QAbstractItemModelTester sectionsTester(editing.sections());
        editing.setMode(QStringLiteral("paper"));
        editing.componentComplete();
        QCOMPARE(editing.sections()->rowCount(), 8);

        // Marking reloads every model through LetterEvents; the testers watch the resets.
        const int firstRow =
            reading.contents().first().toMap().value(QStringLiteral("row")).toInt();
        QVERIFY2(reading.markPassage(firstRow, 0, 4), qPrintable(reading.errorMessage()));
        QCOMPARE(letters.moments()->rowCount(), 4);
    }

    // A pause saves after kQuietMs; steady typing is saved by kMaxUnsavedMs at the latest.
    void autosaveDeadline()
    {
        open(demo::Stage::Ending);
        Letters letters(*m_ctx);
        auto editing = std::make_unique<LetterEditing>();
        editing->setLetterId(letters.letterId());
        editing->componentComplete();
        QVERIFY(editing->ready());
        const QString key = editing->draftKey();
        QElapsedTimer clock;
        clock.start();
        QString typed;
        // Keystrokes every 100 ms never leave a 300 ms pause.
        while (clock.elapsed() < 1200) {
            typed += u'a';
            editing->setSectionText(0, typed);
            QTest::qWait(100);
            if (clock.elapsed() >= 1000)
                QVERIFY2(draftOf(key).size() >= 1, "nothing stored after a second of typing");
        }
        QVERIFY(LetterEditing::kQuietMs < LetterEditing::kMaxUnsavedMs);
        QVERIFY(LetterEditing::kMaxUnsavedMs < 1000);
        // Gone without a flush (a kill): what was stored comes back in a new editor.
        QTRY_VERIFY_WITH_TIMEOUT(draftOf(key) == typed, 1000);
        editing.reset();
        LetterEditing again;
        again.setLetterId(letters.letterId());
        again.componentComplete();
        QVERIFY(again.restored());
        QCOMPARE(again.sections()->sections().first().text, typed);
    }

    void homeFollowsTheClock()
    {
        open(demo::Stage::Ending);
        LetterHome home(*m_ctx);
        QSignalSpy changed(&home, &LetterHome::activeChanged);
        QVERIFY(!home.active());
        m_clock->advanceSeconds(21 * 24 * 3600);
        home.refresh();
        QVERIFY(home.active());
        QCOMPARE(changed.count(), 1);
        QSignalSpy schedule(&home, &LetterHome::rereadScheduleChanged);
        home.setReread(QStringLiteral("yearly"));
        QCOMPARE(schedule.count(), 1);
        QVERIFY(schedule.first().first().toDateTime().isValid());
        home.setReread(QStringLiteral("off"));
        QCOMPARE(schedule.count(), 2);
        QVERIFY(!schedule.last().first().toDateTime().isValid());
    }

    void exportWritesAFileNamingNobody()
    {
        open(demo::Stage::After);
        Letters letters(*m_ctx);
        const QString path = m_profile->dir.filePath(QStringLiteral("letter.txt"));
        QCOMPARE(letters.exportLetter(letters.letterId(), QStringLiteral("txt"), true, false,
                                      QUrl::fromLocalFile(path)),
                 QString());
        const QByteArray text = test::readFile(path);
        QVERIFY(text.contains("Our work together"));
        QVERIFY(text.contains("Dear Ruth"));         // the reply
        QVERIFY(!text.contains("go quiet at work")); // notes only when asked
        QCOMPARE(letters.exportFileName(QStringLiteral("pdf")), QStringLiteral("letter.pdf"));
    }
};

QTEST_MAIN(TestLetterModels)
#include "tst_letter_models.moc"
