#pragma once

#include "MeasuresRows.h"
#include "RowsModel.h"
#include "measures/FormDraftStore.h"
#include "measures/FormWalk.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/RiskPolicy.h"

#include <QObject>
#include <QQmlEngine>

namespace dit {

class Store;

// One form being filled in: one question per screen, back and next, a review, submit. Every
// answer is written to the draft at once (FormDraftStore), so the form can be closed, or the
// app killed, and picked up where it was left. Which questions apply, and the position a
// draft keeps, come from the core's FormWalk; this class holds where the person is and turns
// it into text and rows for QML. Reached as Measures.form.
class FormSession final : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Measures.form")

    Q_PROPERTY(int session READ session CONSTANT)
    Q_PROPERTY(bool correction READ correction CONSTANT)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(int position READ position NOTIFY changed)
    Q_PROPERTY(bool reviewing READ reviewing NOTIFY changed)
    Q_PROPERTY(bool submitted READ submitted NOTIFY changed)
    Q_PROPERTY(bool riskFlagged READ riskFlagged NOTIFY changed)
    // An answer in the form (not yet submitted) meets a risk rule: flagged as it was given.
    Q_PROPERTY(bool riskAnswerGiven READ riskAnswerGiven NOTIFY changed)
    // Who can see these answers, from the real state (AnswerSharing): for crisis support and
    // the thank-you.
    Q_PROPERTY(QString whoSees READ whoSees NOTIFY changed)
    // The first safety question (one a risk rule reads) left unanswered, as a step for goTo;
    // -1 when there is none. Its words in unansweredSafetyQuestion.
    Q_PROPERTY(int unansweredSafetyStep READ unansweredSafetyStep NOTIFY changed)
    Q_PROPERTY(QString unansweredSafetyQuestion READ unansweredSafetyQuestion NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(QString instrumentTitle READ instrumentTitle NOTIFY changed)
    Q_PROPERTY(QString instrumentProgress READ instrumentProgress NOTIFY changed)
    Q_PROPERTY(QString stem READ stem NOTIFY changed)
    Q_PROPERTY(QString prefix READ prefix NOTIFY changed)
    Q_PROPERTY(QString text READ text NOTIFY changed)
    Q_PROPERTY(QString help READ help NOTIFY changed)
    Q_PROPERTY(bool isText READ isText NOTIFY changed)
    Q_PROPERTY(QString textAnswer READ textAnswer NOTIFY changed)
    Q_PROPERTY(QString selected READ selected NOTIFY changed)
    Q_PROPERTY(bool answered READ answered NOTIFY changed)
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    Q_PROPERTY(int answeredCount READ answeredCount NOTIFY changed)
    // Why the last answer or the form could not be saved; empty when it was. A step (choose,
    // next, ...) always takes effect on screen; when its draft could not be saved this says so.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(dit::RowsModel *options READ options CONSTANT)
    Q_PROPERTY(dit::RowsModel *review READ review CONSTANT)

public:
    // `subject`: whose form it is (empty for the profile's owner; a patient's id when a
    // therapist hands the tablet over).
    FormSession(Store &store, const InstrumentCatalogue &catalogue, const RiskPolicy &risk,
                FormDraft draft, QObject *parent, QString subject = {});

    int session() const { return m_draft.session; }
    bool correction() const { return m_draft.isCorrection(); }
    int count() const { return m_walk.count(); }
    int position() const { return m_position; }
    bool reviewing() const { return m_reviewing; }
    bool submitted() const { return m_submitted; }
    bool riskFlagged() const { return m_risk; }
    bool riskAnswerGiven() const;
    QString whoSees() const { return m_whoSees; }
    int unansweredSafetyStep() const;
    QString unansweredSafetyQuestion() const;
    QString progressText() const;
    QString instrumentTitle() const;
    QString instrumentProgress() const;
    QString stem() const;
    QString prefix() const;
    QString text() const;
    QString help() const;
    bool isText() const;
    QString textAnswer() const;
    QString selected() const;
    bool answered() const { return !selected().isEmpty() || !textAnswer().isEmpty(); }
    bool canGoBack() const { return m_reviewing || m_position > 0; }
    int answeredCount() const { return m_draft.answeredCount(); }
    QString errorMessage() const { return m_error; }
    RowsModel *options() { return &m_options; }
    RowsModel *review() { return &m_review; }

    // Chooses an answer to the current question (a code from `options`), saved at once.
    // Choosing the chosen answer again clears it.
    Q_INVOKABLE void choose(const QString &code);
    // Chooses by position in the list.
    Q_INVOKABLE void chooseIndex(int index);
    // A digit typed on a keyboard: the answer the printed form numbers that way (WSAS "0" to
    // "8"), or else the answer at that position counting from 1.
    Q_INVOKABLE void chooseByKey(const QString &digit);
    // The typed answer to a text question, saved at once.
    Q_INVOKABLE void setTextAnswer(const QString &text);
    Q_INVOKABLE void next();
    Q_INVOKABLE void back();
    // Jumps to a question from the review list.
    Q_INVOKABLE void goTo(int step);
    Q_INVOKABLE void showReview();
    // Turns the form into immutable responses. True on success; false, nothing submitted,
    // with errorMessage saying why (the answers are still saved here).
    Q_INVOKABLE bool submit();

    // Works out again who can see the answers (after a sync pass has sent them, say).
    void refreshWhoSees();

    const FormDraft &draft() const { return m_draft; }
    QString subject() const { return m_subject; }

Q_SIGNALS:
    void changed();
    // `risk`: a submitted answer was flagged; `crisisShown`: crisis support was already
    // shown for it while the form was filled in.
    void formSubmitted(bool risk, bool crisisShown);
    // An answer just given meets a risk rule, and crisis support has not been shown for this
    // form yet: it opens now, before the next question (docs/MEASURES.md).
    void riskAnswered();

private:
    void rebuildSteps();
    void restorePosition();
    void updateModels();
    void save();
    void setError(const QString &message);
    void updateWhoSees();
    const FormStep *current() const;
    Answers &answersOf(const Instrument &instrument);

    Store &m_store;
    const InstrumentCatalogue &m_catalogue;
    const RiskPolicy &m_riskPolicy;
    FormDraft m_draft;
    QString m_subject;
    FormWalk m_walk;
    int m_position = 0;
    bool m_reviewing = false;
    bool m_submitted = false;
    bool m_risk = false;
    QString m_error;
    QString m_whoSees;
    QStringList m_storedIds; // the responses it became, once submitted
    TypedRows<AnswerOptionRow> m_options;
    TypedRows<ReviewRow> m_review;
};

} // namespace dit
