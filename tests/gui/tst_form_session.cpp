// The form being filled in (FormSession, reached as Measures.form) and crisis support
// (CrisisSupport and its CrisisContactsModel) without QML: the walk through the questions, the
// position each answer saves, a question taken away by an answer, crisis support once per
// form, the review, submitting; the UK contacts as the built-in service lists them
// (docs/CLINICAL_SAFETY.md, "Safety"; docs/MEASURES.md, "A risk answer in a form").
#include "CrisisSupport.h"
#include "FormSession.h"
#include "Measures.h"
#include "ViewModelFixture.h"
#include "measures/FormDraftStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace dit;
using test::Fixture;

namespace {

QString savedPosition(Fixture &f, int session)
{
    auto d = FormDraftStore(f.ctx->store()->database(), *f.clock).load(session);
    return d && d.value() ? d.value()->position : QStringLiteral("(none)");
}

} // namespace

class TestFormSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Session 7 (Monday 13 April) has PHQ-9 (10 questions), GAD-7 (7), WSAS (6) and the risk
    // question (1): 24 steps, saved as "instrument/linkId" as each is reached.
    void walkSavesWhereThePersonIs()
    {
        Fixture f;
        f.saveCourse();
        Measures measures(*f.ctx);
        QCOMPARE(measures.dueSession(), 7);
        QVERIFY(measures.openDueForm());
        FormSession *form = measures.form();
        QVERIFY(form);
        QAbstractItemModelTester options(form->options());
        QAbstractItemModelTester review(form->review());
        QCOMPARE(form->session(), 7);
        QVERIFY(!form->correction());
        QCOMPARE(form->count(), 24);
        QCOMPARE(form->position(), 0);
        QVERIFY(!form->canGoBack());
        QCOMPARE(form->progressText(), QStringLiteral("Question 1 of 24"));
        QCOMPARE(form->instrumentProgress(), QStringLiteral("Questionnaire 1 of 4"));
        QCOMPARE(form->options()->rowCount(), 4);
        QCOMPARE(form->review()->rowCount(), 24);

        form->chooseIndex(1); // "Several days"
        QCOMPARE(form->selected(), QStringLiteral("LA6569-3"));
        QCOMPARE(form->answeredCount(), 1);
        QCOMPARE(savedPosition(f, 7), QStringLiteral("phq9/44250-9"));
        QCOMPARE(measures.dueState(), Measures::DueState::InProgress);
        // Choosing the chosen answer again clears it.
        form->choose(QStringLiteral("LA6569-3"));
        QVERIFY(form->selected().isEmpty());
        form->chooseByKey(QStringLiteral("1")); // the first answer, counting from 1
        QCOMPARE(form->selected(), QStringLiteral("LA6568-5"));
        form->next();
        QCOMPARE(form->position(), 1);
        QCOMPARE(savedPosition(f, 7), QStringLiteral("phq9/44255-8"));
        form->back();
        QCOMPARE(form->position(), 0);
        QCOMPARE(savedPosition(f, 7), QStringLiteral("phq9/44250-9"));

        // Not working takes the work question away: 23 steps.
        form->goTo(17);
        QCOMPARE(savedPosition(f, 7), QStringLiteral("wsas/wsas-not-working"));
        form->choose(QStringLiteral("yes"));
        QCOMPARE(form->count(), 23);
        QCOMPARE(form->position(), 17);
        QCOMPARE(form->review()->rowCount(), 23);

        form->showReview();
        QVERIFY(form->reviewing());
        QCOMPARE(form->progressText(), QStringLiteral("Check your answers"));
        QCOMPARE(savedPosition(f, 7), QStringLiteral("review"));
        QCOMPARE(form->options()->rowCount(), 0);
        // The first safety question left unanswered: PHQ-9 item 9.
        QCOMPARE(form->unansweredSafetyStep(), 8);

        // Closed and opened again: back at the review, from the draft.
        measures.closeForm();
        QVERIFY(measures.openDueForm());
        QVERIFY(measures.form()->reviewing());
        QCOMPARE(measures.form()->count(), 23);
        QCOMPARE(measures.form()->answeredCount(), 2);
    }

    // A risk answer opens crisis support at once, once per form; submitting says it was
    // already shown.
    void riskAnswerOpensCrisisSupportOnce()
    {
        Fixture f;
        f.saveCourse();
        Measures measures(*f.ctx);
        QVERIFY(measures.openDueForm());
        FormSession *form = measures.form();
        QSignalSpy risk(form, &FormSession::riskAnswered);
        QSignalSpy submitted(form, &FormSession::formSubmitted);
        form->goTo(8); // PHQ-9 item 9
        form->chooseIndex(0);
        QCOMPARE(risk.count(), 0);
        QVERIFY(!form->riskAnswerGiven());
        form->chooseIndex(1);
        QCOMPARE(risk.count(), 1);
        QVERIFY(form->riskAnswerGiven());
        form->chooseIndex(2);
        QCOMPARE(risk.count(), 1);
        QVERIFY(form->submit());
        QVERIFY(form->submitted());
        QVERIFY(form->riskFlagged());
        QCOMPARE(submitted.count(), 1);
        QCOMPARE(submitted.first().at(0).toBool(), true); // flagged
        QCOMPARE(submitted.first().at(1).toBool(), true); // crisis support already shown
        QVERIFY(!form->whoSees().isEmpty());
        QVERIFY(!form->submit()); // once
        QCOMPARE(measures.dueState(), Measures::DueState::Done);
    }

    void crisisContactsAreTheBuiltInUkOnes()
    {
        Fixture f;
        CrisisSupport support(f.ctx->service());
        CrisisContactsModel *contacts = support.contacts();
        QAbstractItemModelTester tester(contacts);
        QVERIFY(!contacts->intro().isEmpty());
        QCOMPARE(contacts->rowCount(), 4);
        const auto at = [&](int row, int role) {
            return contacts->data(contacts->index(row), role);
        };
        QCOMPARE(at(0, CrisisContactsModel::NumberRole).toString(), QStringLiteral("999"));
        QCOMPARE(at(0, CrisisContactsModel::UriRole).toString(), QStringLiteral("tel:999"));
        QCOMPARE(at(1, CrisisContactsModel::NameRole).toString(), QStringLiteral("NHS 111"));
        QCOMPARE(at(2, CrisisContactsModel::ActionLabelRole).toString(),
                 QStringLiteral("Call 116 123"));
        QCOMPARE(at(2, CrisisContactsModel::UriRole).toString(), QStringLiteral("tel:116123"));
        QCOMPARE(at(3, CrisisContactsModel::IsTextRole).toBool(), true);
        QCOMPARE(at(3, CrisisContactsModel::ActionLabelRole).toString(),
                 QStringLiteral("Text SHOUT to 85258"));
        QCOMPARE(at(0, CrisisContactsModel::KindRole).toString(), QStringLiteral("emergency"));
        QCOMPARE(at(3, CrisisContactsModel::KindRole).toString(), QStringLiteral("helpline"));
        QCOMPARE(at(3, CrisisContactsModel::UriRole).toString(),
                 QStringLiteral("sms:85258?body=SHOUT"));
        QCOMPARE(contacts->roleNames().value(CrisisContactsModel::ActionLabelRole),
                 QByteArray("actionLabel"));
        QVERIFY(!contacts->contact(4)); // no such row: nothing opened
    }
};

QTEST_MAIN(TestFormSession)
#include "tst_form_session.moc"
