// The letter view models in C++: every model passes QAbstractItemModelTester, and the
// editor's autosave keeps typing within its deadline and restores it after the editor goes.
#include "AppContext.h"
#include "LetterComparison.h"
#include "LetterDiffModel.h"
#include "LetterEditing.h"
#include "LetterFeedback.h"
#include "LetterHome.h"
#include "LetterLibraryModel.h"
#include "LetterMomentsModel.h"
#include "LetterReading.h"
#include "LetterSectionsModel.h"
#include "LetterTextModel.h"
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

        LetterReading reading(*m_ctx);
        QAbstractItemModelTester rowsTester(reading.rows());
        reading.setLetterId(letters.letterId());
        QVERIFY(reading.available());
        QVERIFY(reading.rows()->rowCount() > 10);
        QCOMPARE(reading.versions().size(), 2);

        LetterComparison comparison(*m_ctx);
        QAbstractItemModelTester diffTester(comparison.sections());
        comparison.setLetterId(letters.letterId());
        QVERIFY(comparison.available());
        QCOMPARE(comparison.sections()->rowCount(), 8);

        LetterEditing editing(*m_ctx);
        QAbstractItemModelTester sectionsTester(editing.sections());
        editing.setMode(LetterEditing::Mode::Paper);
        editing.componentComplete();
        QCOMPARE(editing.sections()->rowCount(), 8);

        // Marking reloads every model through LetterEvents; the testers watch the resets.
        const int firstRow =
            reading.contents().first().toMap().value(QStringLiteral("row")).toInt();
        QVERIFY2(reading.markPassage(firstRow, 0, 4), qPrintable(reading.errorMessage()));
        QCOMPARE(letters.moments()->rowCount(), 4);
    }

    // What each letter model hands QML, by its roles, for the demo's letter after therapy:
    // the final version, the patient's reply ("My reply") and three marked
    // passages, one with a note (core/demo/DemoLetter.cpp).
    void letterModelsServeTheirRows()
    {
        open(demo::Stage::After);
        Letters letters(*m_ctx);
        LetterLibraryModel *library = letters.library();
        const auto cell = [](QAbstractItemModel *m, int row, int role) {
            return m->data(m->index(row, 0), role);
        };
        QCOMPARE(cell(library, 0, LetterLibraryModel::TitleRole).toString(),
                 QStringLiteral("Our work together"));
        QCOMPARE(cell(library, 0, LetterLibraryModel::IsReplyRole).toBool(), false);
        QCOMPARE(cell(library, 0, LetterLibraryModel::LetterIdRole).toString(), letters.letterId());
        QCOMPARE(cell(library, 0, LetterLibraryModel::VersionCountRole).toInt(), 2);
        QCOMPARE(cell(library, 1, LetterLibraryModel::TitleRole).toString(),
                 QStringLiteral("My reply"));
        QCOMPARE(cell(library, 1, LetterLibraryModel::IsReplyRole).toBool(), true);
        QCOMPARE(library->roleNames().value(LetterLibraryModel::IsReplyRole),
                 QByteArray("isReply"));

        LetterMomentsModel *moments = letters.moments();
        int notes = 0;
        for (int row = 0; row < moments->rowCount(); ++row) {
            QVERIFY(cell(moments, row, LetterMomentsModel::InThisVersionRole).toBool());
            QVERIFY(!cell(moments, row, LetterMomentsModel::QuoteRole).toString().isEmpty());
            if (cell(moments, row, LetterMomentsModel::IsNoteRole).toBool()) {
                ++notes;
                QCOMPARE(cell(moments, row, LetterMomentsModel::QuoteRole).toString(),
                         QStringLiteral("saying so felt dangerous"));
                QCOMPARE(cell(moments, row, LetterMomentsModel::NoteRole).toString(),
                         QStringLiteral("This is the bit to remember when I go quiet at work."));
            }
        }
        QCOMPARE(notes, 1);

        LetterReading reading(*m_ctx);
        reading.setLetterId(letters.letterId());
        LetterTextModel *text = reading.rows();
        QCOMPARE(cell(text, 0, LetterTextModel::RowTypeRole).toString(), QStringLiteral("block"));
        int marked = 0;
        int noted = 0;
        int headings = 0;
        for (int row = 0; row < text->rowCount(); ++row) {
            marked += cell(text, row, LetterTextModel::MarkedRole).toBool() ? 1 : 0;
            noted += cell(text, row, LetterTextModel::NotesRole).toList().size();
            headings +=
                cell(text, row, LetterTextModel::RowTypeRole).toString() == QLatin1String("heading")
                    ? 1
                    : 0;
        }
        QCOMPARE(marked, 2); // the two highlights, each in its own paragraph
        QCOMPARE(noted, 1);  // the passage with a note
        QCOMPARE(text->sectionRows().size(), 8);
        QCOMPARE(headings, 7); // the background has no heading
        int section = -1, block = -1;
        QVERIFY(text->blockAt(0, &section, &block));
        QCOMPARE(section, 0);
        QCOMPARE(block, 0);

        LetterComparison comparison(*m_ctx);
        comparison.setLetterId(letters.letterId());
        LetterDiffModel *diff = comparison.sections();
        QStringList changes;
        for (int row = 0; row < diff->rowCount(); ++row)
            changes << cell(diff, row, LetterDiffModel::ChangeRole).toString();
        // The draft and the final differ in four sections: the feelings, the pattern, what
        // changed and the conclusion; "What to keep in mind" is the same.
        QCOMPARE(changes, (QStringList{"same", "same", "same", "changed", "changed", "changed",
                                       "same", "changed"}));
        const int changed = int(changes.indexOf(QStringLiteral("changed")));
        QCOMPARE(cell(diff, changed, LetterDiffModel::HeadingRole).toString(),
                 QStringLiteral("How this makes you feel and how you deal with these feelings"));
        QVERIFY(!cell(diff, changed, LetterDiffModel::LaterSpokenRole).toString().isEmpty());
        QVERIFY(!cell(diff, changed, LetterDiffModel::EarlierSpokenRole).toString().isEmpty());

        LetterEditing editing(*m_ctx);
        editing.setMode(LetterEditing::Mode::Paper);
        editing.componentComplete();
        QCOMPARE(editing.mode(), LetterEditing::Mode::Paper);
        QCOMPARE(editing.property("mode").value<LetterEditing::Mode>(), LetterEditing::Mode::Paper);
        LetterSectionsModel *sections = editing.sections();
        QCOMPARE(sections->rowCount(), 8);
        QCOMPARE(cell(sections, 1, LetterSectionsModel::HeadingRole).toString(),
                 QStringLiteral("Experiences of your self"));
        QVERIFY(sections->setText(1, QStringLiteral("typed")));
        QVERIFY(!sections->setText(1, QStringLiteral("typed"))); // nothing changed
        QCOMPARE(cell(sections, 1, LetterSectionsModel::TextRole).toString(),
                 QStringLiteral("typed"));
    }

    // The patient's reply and notes, as the therapist's letter page shows them.
    void feedbackShowsTheReplyAndTheNotes()
    {
        open(demo::Stage::After);
        Letters letters(*m_ctx);
        LetterFeedback feedback(*m_ctx);
        QAbstractItemModelTester tester(feedback.comments());
        QVERIFY(!feedback.hasReply());
        QVERIFY(!feedback.summary().isEmpty()); // nothing yet: said so
        feedback.setLetterId(letters.letterId());
        QVERIFY(feedback.hasReply());
        QCOMPARE(feedback.replyTitle(), QStringLiteral("My reply"));
        QCOMPARE(feedback.replyParagraphs().size(), 7); // with "Dear Ruth," and "Alex"
        QCOMPARE(feedback.replyParagraphs().first(), QStringLiteral("Dear Ruth,"));
        QCOMPARE(feedback.commentCount(), 3);
        QVERIFY(feedback.summary().isEmpty());
    }

    // Marking a version final or shared is the therapist's: a patient's store refuses it.
    void aPatientCannotMarkAVersion()
    {
        open(demo::Stage::After);
        Letters letters(*m_ctx);
        LetterReading reading(*m_ctx);
        reading.setLetterId(letters.letterId());
        QVERIFY(!reading.shownVersionId().isEmpty());
        QVERIFY(!reading.markVersion(reading.shownVersionId(), QStringLiteral("final")));
        QVERIFY(!reading.markVersion(reading.shownVersionId(), QStringLiteral("shared")));
    }

    // A pause saves after kQuietMs; steady typing is saved by kMaxUnsavedMs at the latest.
    void autosaveDeadline()
    {
        open(demo::Stage::Ending);
        Letters letters(*m_ctx);
        auto editing = std::make_unique<LetterEditing>(*m_ctx);
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
        LetterEditing again(*m_ctx);
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
        QVERIFY(!letters.exportLetter(letters.letterId(), QStringLiteral("doc"), true, false,
                                      QUrl::fromLocalFile(path)));
        QCOMPARE(letters.errorMessage(), QStringLiteral("That file type is not offered."));
        QVERIFY(!QFile::exists(path)); // nothing written
        QVERIFY(letters.exportLetter(letters.letterId(), QStringLiteral("txt"), true, false,
                                     QUrl::fromLocalFile(path)));
        QCOMPARE(letters.errorMessage(), QString()); // success clears it
        const QByteArray text = test::readFile(path);
        QVERIFY(text.contains("Our work together"));
        QVERIFY(text.contains("Dear Ruth"));         // the reply
        QVERIFY(!text.contains("go quiet at work")); // notes only when asked
        QCOMPARE(letters.exportFileName(QStringLiteral("pdf")), QStringLiteral("letter.pdf"));
    }
};

QTEST_MAIN(TestLetterModels)
#include "tst_letter_models.moc"
