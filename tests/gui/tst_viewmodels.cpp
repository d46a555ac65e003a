// The view models without QML: their list models pass QAbstractItemModelTester
// through every change (docs/DEVELOPING.md), and what they hand QML is right.
#include "AppContext.h"
#include "AppInfo.h"
#include "Caseload.h"
#include "CourseOverview.h"
#include "CourseSetup.h"
#include "Library.h"
#include "Measures.h"
#include "MyFocus.h"
#include "OnMyMind.h"
#include "ReminderScheduling.h"
#include "Reminders.h"
#include "ViewModelFixture.h"
#include "measures/AnswerVector.h"
#include "measures/ResponseStore.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dit;

using test::Fixture;
using test::local;

class TestViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void libraryModelAndSearch()
    {
        Fixture f;
        Library library(*f.ctx);
        QAbstractItemModelTester tester(library.articles(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(library.contentStage(), QStringLiteral("initial"));
        QVERIFY(library.count() >= 13);
        f.saveCourse();
        QCOMPARE(library.contentStage(), QStringLiteral("middle"));
        const QModelIndex first = library.articles()->index(0);
        QCOMPARE(first.data(LearnArticlesModel::ArticleIdRole).toString(),
                 QStringLiteral("phase-middle"));
        QVERIFY(first.data(LearnArticlesModel::FirstInSectionRole).toBool());
        QVERIFY(first.data(LearnArticlesModel::ForNowRole).toBool());

        library.setQuery(QStringLiteral("silence"));
        QVERIFY(library.searching());
        QVERIFY(library.count() >= 1);
        QVERIFY(library.articles()
                    ->index(0)
                    .data(LearnArticlesModel::SnippetRole)
                    .toString()
                    .contains(QStringLiteral("<b>")));
        library.setQuery(QString());

        std::unique_ptr<ArticleContent> article(library.open(QStringLiteral("phase-middle")));
        QVERIFY(article->found());
        QCOMPARE(article->title(), QStringLiteral("The middle"));
        QCOMPARE(article->blocks().first().toMap().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("heading"));
        QVERIFY(library.isRead(QStringLiteral("phase-middle")));
        QVERIFY(first.data(LearnArticlesModel::IsReadRole).toBool());
        library.markUnread(QStringLiteral("phase-middle"));
        QVERIFY(!first.data(LearnArticlesModel::IsReadRole).toBool());
        std::unique_ptr<ArticleContent> missing(library.open(QStringLiteral("nope")));
        QVERIFY(!missing->found());
    }

    // A service's broken piece is reported by name; the others still load.
    void libraryReportsServiceProblems()
    {
        QTemporaryDir service;
        QVERIFY(QDir(service.path()).mkdir(QStringLiteral("learn")));
        test::writeFile(service.filePath(QStringLiteral("learn/bad.md")), "no front matter\n");
        Fixture f;
        AppContext::Options options = f.ctx->options();
        options.serviceDir = service.path();
        AppContext ctx(options, std::make_unique<MemoryKeystore>(),
                       std::make_unique<ManualClock>(local(4, 11)));
        Library library(ctx);
        QCOMPARE(library.problems().size(), 1);
        QVERIFY(library.problemsText().contains(QStringLiteral("bad.md")));
        QVERIFY(library.count() >= 13);
    }

    // Settings shows every problem in the service's set-up (its notice reads
    // AppInfo.serviceProblems), each with its file and field; none for no service folder.
    void settingsListsServiceProblems()
    {
        QTemporaryDir service;
        test::writeFile(service.filePath(QStringLiteral("measures.json")),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "formOpensHoursBefore": 1.5,
                            "risk": {"rules": [{"instrument": "phq9", "item": "44260-8",
                                                "minScore": 4}]}})");
        Fixture f;
        AppContext::Options options = f.ctx->options();
        options.serviceDir = service.path();
        AppContext ctx(options, std::make_unique<MemoryKeystore>(),
                       std::make_unique<ManualClock>(local(4, 11)));
        const QStringList problems = AppInfo(ctx).serviceProblems();
        const QString text = AppInfo(ctx).serviceProblemsText();
        const QStringList clean = AppInfo(*f.ctx).serviceProblems();
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems.at(0).contains(QStringLiteral("measures.json: \"formOpensHoursBefore\"")));
        QVERIFY(problems.at(1).contains(QStringLiteral("measures.json: risk.rules[0]")));
        QVERIFY(clean.isEmpty());
        QCOMPARE(text.count(QStringLiteral("• ")), 2);
        QVERIFY(text.contains(problems.at(1)));
    }

    void notesModel()
    {
        Fixture f;
        f.saveCourse();
        OnMyMind notes(*f.ctx);
        QAbstractItemModelTester tester(notes.notes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(notes.add(QStringLiteral("The phone call with Mum"), true));
        QVERIFY(!notes.add(QStringLiteral("   "), true));
        QVERIFY(!notes.errorMessage().isEmpty()); // why not, in a sentence
        QVERIFY(notes.add(QStringLiteral("A walk helped"), false));
        QCOMPARE(notes.errorMessage(), QString());
        QCOMPARE(notes.count(), 2);
        QCOMPARE(notes.toBringCount(), 1);
        QCOMPARE(notes.summary(), QStringLiteral("2 notes, 1 to bring"));
        const QModelIndex phone = notes.notes()->index(1);
        QCOMPARE(phone.data(NotesModel::ForSessionTextRole).toString(),
                 QStringLiteral("For session 7"));
        const QString id = phone.data(NotesModel::NoteIdRole).toString();
        notes.setToBring(id, false);
        QCOMPARE(notes.toBringCount(), 0);
        // Unchanged: no new version.
        const QString newId = notes.notes()->index(1).data(NotesModel::NoteIdRole).toString();
        QVERIFY(notes.update(newId, QStringLiteral("The phone call with Mum"), false));
        QCOMPARE(f.ctx->store()->records().list(QStringLiteral("note")).value().size(), 3);
        notes.setQuery(QStringLiteral("walk"));
        QCOMPARE(notes.notes()->rowCount(), 1);
        QCOMPARE(notes.count(), 2); // the count is of every note
        notes.setQuery(QString());
        notes.remove(notes.notes()->index(0).data(NotesModel::ThreadRole).toString());
        QCOMPARE(notes.count(), 1);
        f.ctx->closeStore();
        QCOMPARE(notes.notes()->rowCount(), 0);
    }

    void focusModels()
    {
        Fixture f;
        f.saveCourse();
        MyFocus focus(*f.ctx);
        QAbstractItemModelTester versions(focus.versions(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester reflections(
            focus.reflections(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(focus.suggestedSession(), 6); // six sessions have happened by 11 April
        // Nothing to save: false, with the reason in errorMessage, cleared by the next save.
        QVERIFY(!focus.save({}, {}, {}, {}, {}, {}, {}, 4));
        QVERIFY(!focus.errorMessage().isEmpty());
        QVERIFY(focus.save(QStringLiteral(" second best "), {}, QStringLiteral("shame"), {},
                           QStringLiteral("bottom of the pile\n\n  I'll manage "),
                           QStringLiteral("the leftovers"), QStringLiteral("ask once a week"), 4));
        QCOMPARE(focus.errorMessage(), QString());
        QCOMPARE(focus.selfRepresentation(), QStringLiteral("second best"));
        QCOMPARE(focus.ownWords(), (QStringList{QStringLiteral("bottom of the pile"),
                                                QStringLiteral("I'll manage")}));
        QCOMPARE(focus.ownWordsQuoted(), QStringLiteral("“bottom of the pile”\n“I'll manage”"));
        QCOMPARE(focus.summary(), QStringLiteral("“the leftovers”"));
        QCOMPARE(focus.agreedText(), QStringLiteral("Agreed in session 4."));
        // The same again saves nothing.
        QVERIFY(focus.save(QStringLiteral("second best"), {}, QStringLiteral("shame"), {},
                           focus.ownWordsText(), focus.handlesText(), focus.goalsText(), 4));
        QCOMPARE(focus.versionCount(), 1);
        QVERIFY(focus.save(QStringLiteral("second best"), QStringLiteral("busy"),
                           QStringLiteral("shame"), {}, focus.ownWordsText(), focus.handlesText(),
                           focus.goalsText(), 6));
        QCOMPARE(focus.versionCount(), 2);
        QCOMPARE(focus.agreedText(),
                 QStringLiteral("Agreed in session 4, last changed in session 6."));
        QVERIFY(focus.versions()->index(0).data(FocusVersionsModel::IsCurrentRole).toBool());
        QCOMPARE(focus.versions()->index(1).data(FocusVersionsModel::SessionTextRole).toString(),
                 QStringLiteral("From session 4"));

        QVERIFY(focus.addReflection(QStringLiteral("Noticed it at work.")));
        QCOMPARE(focus.reflectionCount(), 1);
        const QString id =
            focus.reflections()->index(0).data(ReflectionsModel::ReflectionIdRole).toString();
        QVERIFY(focus.editReflection(id, QStringLiteral("Noticed it at work, twice.")));
        QCOMPARE(focus.reflections()->index(0).data(ReflectionsModel::TextRole).toString(),
                 QStringLiteral("Noticed it at work, twice."));
        focus.removeReflection(
            focus.reflections()->index(0).data(ReflectionsModel::ThreadRole).toString());
        QCOMPARE(focus.reflectionCount(), 0);
    }

    // The convention of every invokable that can fail (docs/ARCHITECTURE.md, "The QML
    // boundary"): false, nothing changed, errorMessage saying why; true clears it.
    void caseloadActionsSayWhyTheyFailed()
    {
        Fixture f(Role::Therapist);
        Caseload caseload(*f.ctx);
        const QString id = caseload.add(QStringLiteral("A.K."));
        QVERIFY(!id.isEmpty());
        QVERIFY(!caseload.rename(id, QStringLiteral("   ")));
        QVERIFY(!caseload.errorMessage().isEmpty());
        QCOMPARE(caseload.labelOf(id), QStringLiteral("A.K."));
        QVERIFY(caseload.rename(id, QStringLiteral("B.L.")));
        QCOMPARE(caseload.errorMessage(), QString());
        QCOMPARE(caseload.labelOf(id), QStringLiteral("B.L."));
        QVERIFY(!caseload.archive(QStringLiteral("no-such-patient")));
        QVERIFY(!caseload.errorMessage().isEmpty());
        QVERIFY(caseload.archive(id));
        QCOMPARE(caseload.errorMessage(), QString());
        QCOMPARE(caseload.archivedCount(), 1);
        QVERIFY(caseload.restore(id));
        QCOMPARE(caseload.archivedCount(), 0);
        f.ctx->closeStore();
        QVERIFY(!caseload.restore(id));
        QCOMPARE(caseload.errorMessage(), QStringLiteral("The app is locked."));
    }

    // The list is read from the store once when it opens, not again for the same opening
    // (docs/PERFORMANCE.md, "Therapist caseload"); locked, it reads nothing.
    void caseloadIsBuiltOnceOnUnlock()
    {
        Fixture f(Role::Therapist);
        auto made = [&] {
            Caseload caseload(*f.ctx);
            QCoreApplication::processEvents();
            return caseload.builds();
        };
        QCOMPARE(made(), 1); // made while unlocked: built as it is made
        Caseload caseload(*f.ctx);
        QVERIFY(caseload.add(QStringLiteral("A.K.")).size() > 0);
        f.ctx->closeStore();
        const int before = caseload.builds();
        QCoreApplication::processEvents();
        QCOMPARE(caseload.builds(), before); // locked: nothing to read
        auto store = f.ctx->profile().unlock(test::secret("correct horse battery"));
        QVERIFY(store);
        f.ctx->openStore(std::move(store.value()));
        QCoreApplication::processEvents();
        QCOMPARE(caseload.builds(), before + 1);
        QCOMPARE(caseload.activeCount(), 1);
    }

    void courseSetupWeeks()
    {
        Fixture f;
        CourseSetup setup(*f.ctx);
        QAbstractItemModelTester tester(setup.weeks(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(setup.isNew());
        QCOMPARE(setup.weeks()->rowCount(), 16);
        QVERIFY(!setup.setFirstDate(2026, 2, 31));
        QVERIFY(!setup.errorMessage().isEmpty()); // why not, in a sentence
        QVERIFY(setup.setFirstDate(2026, 3, 2));
        QCOMPARE(setup.errorMessage(), QString());
        QVERIFY(setup.setTime(10, 0));
        QVERIFY(setup.setWeekMark(5, CourseWeeksModel::Mark::Break));
        QCOMPARE(setup.weeks()->rowCount(), 17); // the break week, then 16 sessions
        QVERIFY(!setup.setWeekMark(99, CourseWeeksModel::Mark::Break));
        QVERIFY(!setup.setWeekMark(1, CourseWeeksModel::Mark(42))); // not a mark
        QVERIFY(!setup.errorMessage().isEmpty());
        QVERIFY(setup.moveWeek(2, 2, 15, 30));
        QCOMPARE(setup.weeks()->index(2).data(CourseWeeksModel::MarkRole).toInt(),
                 int(CourseWeeksModel::Mark::Moved));
        QVERIFY(!setup.moveWeek(2, 5, 15, 30)); // not in the same week
        QCOMPARE(setup.marksSummary(), QStringLiteral("1 planned break, 1 moved."));
        QSignalSpy saved(&setup, &CourseSetup::saved);
        CourseOverview overview(*f.ctx);
        QVERIFY(setup.save());
        QCOMPARE(saved.count(), 1);
        QVERIFY(!setup.isNew());
        QVERIFY(!setup.dirty());
        // Home heard about it: heading to session 6 (the break pushed it a week).
        QCOMPARE(overview.headline(), QStringLiteral("Session 6 of 16 · Middle phase"));
        // Only past weeks may be marked missed.
        const QVariantList future =
            setup.weeks()->index(10).data(CourseWeeksModel::ChoicesRole).toList();
        const QVariantList past =
            setup.weeks()->index(0).data(CourseWeeksModel::ChoicesRole).toList();
        QCOMPARE(past.size(), future.size() + 1);
    }

    // Measures (the due form, progress) hears of sessions added on Home at once: a person
    // who adds them and opens Measures is not told to add them first.
    void measuresFollowANewCourse()
    {
        Fixture f;
        Measures measures(*f.ctx);
        QVERIFY(!measures.hasCourse());
        QCOMPARE(measures.dueState(), Measures::DueState::None);
        CourseSetup setup(*f.ctx);
        QVERIFY(setup.setFirstDate(2026, 4, 13)); // two days after the clock's day
        QVERIFY(setup.save());
        QVERIFY(measures.hasCourse());
        QCOMPARE(measures.dueSession(), 1);
        QCOMPARE(measures.dueState(), Measures::DueState::Ready); // opens three days before
    }

    // Progress and the past forms are built once asked for and kept until a change event says
    // the forms changed or the time passes a moment that changes them (a session ending); a
    // refresh in between reads the due form only (docs/ARCHITECTURE.md, "Measures").
    void measuresKeepProgressUntilItChanges()
    {
        Fixture f;
        f.saveCourse(); // session 7 on Monday 13 April at 10:00; the clock on Saturday
        Measures measures(*f.ctx);
        const InstrumentCatalogue catalogue = InstrumentCatalogue::builtIn();
        const Instrument *phq = catalogue.find(QStringLiteral("phq9"));
        QVERIFY(phq);
        const auto answers = parseAnswerVector(*phq, QStringLiteral("1,1,1,1,1,1,1,1,0,1"));
        QVERIFY(answers);
        ResponseStore responses(f.ctx->store()->records(), catalogue);
        // Stored without telling anyone (as only a test can).
        QVERIFY(responses.submit(phq->id, 6, answers.value()));
        measures.refresh();
        QCOMPARE(measures.progressRows()->rowCount(), 1); // built when first asked for
        const int version = measures.progressVersion();
        QCOMPARE(measures.pastForms()->rowCount(), 6);

        QVERIFY(responses.submit(phq->id, 5, answers.value()));
        measures.refresh();
        QCOMPARE(measures.progressRows()->rowCount(), 1); // kept: nothing said it changed
        QCOMPARE(measures.progressVersion(), version);
        f.ctx->notifyRecordsChanged(QString::fromLatin1(ResponseStore::kKind));
        QCOMPARE(measures.progressRows()->rowCount(), 2);
        QCOMPARE(measures.progressVersion(), version + 1);

        // Monday 09:00, before session 7: still six past forms and the same build.
        f.clock->advanceSeconds(45 * 3600);
        measures.refresh();
        QCOMPARE(measures.progressVersion(), version + 1);
        QCOMPARE(measures.pastForms()->rowCount(), 6);
        QCOMPARE(measures.dueSession(), 7);
        // Monday noon, session 7 over: its form is past, with no event but the time.
        f.clock->advanceSeconds(3 * 3600);
        measures.refresh();
        QCOMPARE(measures.pastForms()->rowCount(), 7);
        QCOMPARE(measures.dueSession(), 8);

        // The store closing forgets it all; opening another builds progress only when asked.
        f.ctx->closeStore();
        QVERIFY(!measures.hasCourse());
        QCOMPARE(measures.pastForms()->rowCount(), 0);
    }

    // Reminders are kept scheduled by AppContext itself: nobody has to open Settings first.
    void remindersAreScheduledWithoutAnyPage()
    {
        Fixture f;
        QVERIFY(f.ctx->reminderScheduling());
        QVERIFY(f.notifier->pending().isEmpty());
        f.saveCourse();
        QCOMPARE(f.notifier->pending().first().id, QStringLiteral("form-8"));
        // A new notifier (another platform, a test) gets the schedule when the store opens.
        auto replacement = std::make_unique<RecordingNotifier>();
        RecordingNotifier *second = replacement.get();
        f.ctx->setNotifier(std::move(replacement));
        f.ctx->closeStore();
        auto store = f.ctx->profile().unlock(test::secret("correct horse battery"));
        QVERIFY(store);
        f.ctx->openStore(std::move(store.value()));
        QCOMPARE(second->pending().first().id, QStringLiteral("form-8"));
    }

    // The rule is read when first needed (a store opens), not when the app starts: a service
    // folder's rule that is there by then is the one used.
    void reminderSchedulingReadsTheFormWindowWhenFirstNeeded()
    {
        QTemporaryDir dir;
        AppContext::Options options;
        options.profileDir = dir.filePath(QStringLiteral("profile"));
        options.serviceDir = dir.filePath(QStringLiteral("service"));
        AppContext ctx(options, std::make_unique<MemoryKeystore>(),
                       std::make_unique<ManualClock>(local(4, 11).toUTC()));
        ctx.setNotifier(std::make_unique<RecordingNotifier>());
        QVERIFY(QDir().mkpath(options.serviceDir));
        QFile rule(QDir(options.serviceDir).filePath(QStringLiteral("measures.json")));
        QVERIFY(rule.open(QIODevice::WriteOnly));
        rule.write(R"({"format": "dit-companion-measures", "version": 1,
                       "formOpensHoursBefore": 24})");
        rule.close();
        QCOMPARE(ctx.reminderScheduling()->formOpensBefore(), std::chrono::hours(24));
    }

    // ReminderScheduling reads the measures rule for when a form opens, and refreshes when
    // asked, when a course arrives and when the store closes.
    void reminderSchedulingFollowsTheStore()
    {
        Fixture f;
        ReminderScheduling &scheduling = *f.ctx->reminderScheduling();
        QCOMPARE(scheduling.formOpensBefore(), std::chrono::hours(72));
        QSignalSpy refreshed(&scheduling, &ReminderScheduling::refreshed);
        scheduling.refresh();
        QCOMPARE(refreshed.count(), 1);
        QVERIFY(f.notifier->pending().isEmpty()); // no course yet
        f.saveCourse();
        QCOMPARE(refreshed.count(), 2);
        QCOMPARE(f.notifier->pending().first().id, QStringLiteral("form-8"));
        f.ctx->closeStore();
        QCOMPARE(refreshed.count(), 3);
        // Locking keeps what is already scheduled.
        QCOMPARE(f.notifier->pending().first().id, QStringLiteral("form-8"));
    }

    void remindersFollowChoices()
    {
        Fixture f;
        Reminders reminders(*f.ctx);
        QVERIFY(reminders.available());
        QVERIFY(f.notifier->pending().isEmpty());
        QVERIFY(reminders.nextText().contains(QStringLiteral("session times you add on Home")));
        f.saveCourse();
        QVERIFY(!f.notifier->pending().isEmpty());
        QCOMPARE(f.notifier->pending().first().id, QStringLiteral("form-8"));
        // Session 8 (Monday 20 April 10:00) opens 72 hours before (FormPlanner).
        QVERIFY(reminders.nextText().contains(QStringLiteral("17 April 2026")));
        // With sessions added, nothing pending is never "add your session times".
        f.notifier->cancelAll();
        QVERIFY(!reminders.nextText().contains(QStringLiteral("add on Home")));
        QVERIFY(reminders.nextText().contains(QStringLiteral("No reminder is waiting")));
        reminders.setFormOpening(false);
        QVERIFY(f.notifier->pending().isEmpty());
        reminders.setDayBefore(true);
        QCOMPARE(f.notifier->pending().first().id, QStringLiteral("daybefore-7"));
        f.notifier->grantPermission = false;
        reminders.setFormOpening(true);
        QVERIFY(reminders.message().contains(QStringLiteral("did not allow")));
        f.notifier->available = false;
        QVERIFY(!reminders.available());
        QVERIFY(!reminders.unavailableReason().isEmpty());
    }
};

QTEST_MAIN(TestViewModels)
#include "tst_viewmodels.moc"
