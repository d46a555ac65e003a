#include "FormSession.h"

#include "common/Logging.h"
#include "measures/AnswerSharing.h"
#include "measures/FormSubmission.h"
#include "storage/Store.h"

namespace dit {

namespace {

// A numbered answer shows its number in a column of its own; an answer that is only a number
// (WSAS "1", "3") has no words beside it.
QString optionLabel(const AnswerOption &o)
{
    return o.prefix == o.display ? QString() : o.display;
}

QString optionPrefix(const AnswerOption &o)
{
    return o.prefix;
}
} // namespace

FormSession::FormSession(Store &store, const InstrumentCatalogue &catalogue, const RiskPolicy &risk,
                         FormDraft draft, QObject *parent, QString subject)
    : QObject(parent), m_store(store), m_catalogue(catalogue), m_riskPolicy(risk),
      m_draft(std::move(draft)), m_subject(std::move(subject)), m_walk(catalogue, m_draft),
      m_options(this), m_review(this)
{
    restorePosition();
    updateWhoSees();
    updateModels();
}

bool FormSession::riskAnswerGiven() const
{
    for (const QString &id : m_draft.instruments)
        if (const Instrument *q = m_catalogue.find(id);
            q && m_riskPolicy.flags(*q, m_draft.answers.value(id)))
            return true;
    return false;
}

int FormSession::unansweredSafetyStep() const
{
    for (qsizetype i = 0; i < m_walk.steps().size(); ++i) {
        const FormStep &s = m_walk.steps().at(i);
        if (m_draft.answers.value(s.instrument->id).contains(s.item->linkId))
            continue;
        for (const RiskRule &rule : m_riskPolicy.rules())
            if (rule.instrument == s.instrument->id && rule.item == s.item->linkId)
                return int(i);
    }
    return -1;
}

QString FormSession::unansweredSafetyQuestion() const
{
    const int step = unansweredSafetyStep();
    if (step < 0)
        return {};
    const InstrumentItem *item = m_walk.steps().at(step).item;
    return item->prefix.isEmpty() ? item->text : item->prefix + QLatin1Char(' ') + item->text;
}

void FormSession::refreshWhoSees()
{
    const QString before = m_whoSees;
    updateWhoSees();
    if (m_whoSees != before)
        Q_EMIT changed();
}

void FormSession::updateWhoSees()
{
    auto sharing = AnswerSharing::of(m_store, m_subject, m_storedIds);
    if (!sharing) {
        // Nothing is said rather than a guess.
        qCWarning(lcMeasures) << "who sees the answers could not be worked out";
        m_whoSees.clear();
        return;
    }
    m_whoSees = sharing.value().words();
}

void FormSession::rebuildSteps()
{
    m_walk = FormWalk(m_catalogue, m_draft);
}

void FormSession::restorePosition()
{
    if (FormWalk::isReview(m_draft.position) && m_walk.count() > 0) {
        m_reviewing = true;
        return;
    }
    m_position = std::max(0, m_walk.stepOf(m_draft.position));
}

const FormStep *FormSession::current() const
{
    if (m_reviewing || m_position < 0 || m_position >= m_walk.count())
        return nullptr;
    return &m_walk.steps().at(m_position);
}

Answers &FormSession::answersOf(const Instrument &instrument)
{
    return m_draft.answers[instrument.id];
}

QString FormSession::progressText() const
{
    if (m_reviewing)
        return tr("Check your answers");
    return tr("Question %1 of %2").arg(m_position + 1).arg(m_walk.count());
}

QString FormSession::instrumentTitle() const
{
    const FormStep *s = current();
    return s ? s->instrument->title : QString();
}

QString FormSession::instrumentProgress() const
{
    const FormStep *s = current();
    if (!s)
        return {};
    const int index = int(m_draft.instruments.indexOf(s->instrument->id));
    return tr("Questionnaire %1 of %2").arg(index + 1).arg(m_draft.instruments.size());
}

QString FormSession::stem() const
{
    const FormStep *s = current();
    return s ? s->item->stem : QString();
}

QString FormSession::prefix() const
{
    const FormStep *s = current();
    return s ? s->item->prefix : QString();
}

QString FormSession::text() const
{
    const FormStep *s = current();
    return s ? s->item->text : QString();
}

QString FormSession::help() const
{
    const FormStep *s = current();
    return s ? s->item->help : QString();
}

bool FormSession::isText() const
{
    const FormStep *s = current();
    return s && s->item->type == InstrumentItem::Type::Text;
}

QString FormSession::textAnswer() const
{
    const FormStep *s = current();
    if (!s || s->item->type != InstrumentItem::Type::Text)
        return {};
    return m_draft.answers.value(s->instrument->id).value(s->item->linkId);
}

QString FormSession::selected() const
{
    const FormStep *s = current();
    if (!s || s->item->type != InstrumentItem::Type::Choice)
        return {};
    return m_draft.answers.value(s->instrument->id).value(s->item->linkId);
}

void FormSession::choose(const QString &code)
{
    const FormStep *s = current();
    if (!s || m_submitted || s->item->type != InstrumentItem::Type::Choice ||
        !s->item->option(code))
        return;
    const Instrument *q = s->instrument;
    const InstrumentItem *item = s->item;
    Answers &answers = answersOf(*q);
    chooseAnswer(*q, answers, *item, code);
    rebuildSteps();
    if (const int step = m_walk.stepOf(item); step >= 0)
        m_position = step;
    // A risk answer, this one just given (not one already in the form, as in a correction):
    // saved with the draft at once, and crisis support shown once per form.
    const bool showCrisis = !m_draft.crisisShown && answers.contains(item->linkId) &&
                            m_riskPolicy.flags(*q, {{item->linkId, answers.value(item->linkId)}});
    if (showCrisis)
        m_draft.crisisShown = true;
    save();
    updateModels();
    if (showCrisis)
        Q_EMIT riskAnswered();
}

void FormSession::chooseIndex(int index)
{
    const FormStep *s = current();
    if (s && index >= 0 && index < s->item->options.size())
        choose(s->item->options.at(index).code);
}

void FormSession::chooseByKey(const QString &digit)
{
    const FormStep *s = current();
    if (!s)
        return;
    for (const AnswerOption &o : s->item->options)
        if (!o.prefix.isEmpty() && o.prefix == digit) {
            choose(o.code);
            return;
        }
    bool ok = false;
    const int n = digit.toInt(&ok);
    if (ok)
        chooseIndex(n - 1);
}

void FormSession::setTextAnswer(const QString &text)
{
    const FormStep *s = current();
    if (!s || m_submitted || s->item->type != InstrumentItem::Type::Text || text == textAnswer())
        return;
    Answers &answers = answersOf(*s->instrument);
    if (text.trimmed().isEmpty())
        answers.remove(s->item->linkId);
    else
        answers.insert(s->item->linkId, text.left(20000));
    save();
    updateModels();
}

void FormSession::next()
{
    if (m_reviewing || m_submitted)
        return;
    if (m_position + 1 < m_walk.count())
        ++m_position;
    else
        m_reviewing = true;
    save();
    updateModels();
}

void FormSession::back()
{
    if (m_submitted)
        return;
    if (m_reviewing) {
        m_reviewing = false;
        m_position = std::max(0, m_walk.count() - 1);
    } else if (m_position > 0) {
        --m_position;
    } else {
        return;
    }
    save();
    updateModels();
}

void FormSession::goTo(int step)
{
    if (m_submitted || step < 0 || step >= m_walk.count())
        return;
    m_reviewing = false;
    m_position = step;
    save();
    updateModels();
}

void FormSession::showReview()
{
    if (m_submitted || m_walk.count() == 0)
        return;
    m_reviewing = true;
    save();
    updateModels();
}

bool FormSession::submit()
{
    if (m_submitted)
        return false;
    FormDraftStore drafts(m_store.database(), m_store.clock());
    ResponseStore responses(m_store.records(), m_catalogue, m_riskPolicy);
    auto stored = submitForm(m_store.database(), responses, drafts, m_draft, m_subject);
    if (!stored) {
        setError(tr("Your answers could not be submitted: %1 They are still saved here.")
                     .arg(stored.error().message));
        return false;
    }
    m_risk = false;
    for (const StoredResponse &r : stored.value()) {
        m_risk = m_risk || r.risk;
        m_storedIds.append(r.id);
    }
    m_submitted = true;
    setError({});
    updateWhoSees();
    updateModels();
    Q_EMIT formSubmitted(m_risk, m_draft.crisisShown);
    return true;
}

void FormSession::save()
{
    m_draft.position = m_walk.positionOf(m_position, m_reviewing);
    FormDraftStore drafts(m_store.database(), m_store.clock());
    if (Status ok = drafts.save(m_draft, m_subject); !ok)
        setError(tr("Your last answer could not be saved: %1").arg(ok.error().message));
    else
        setError({});
}

void FormSession::setError(const QString &message)
{
    m_error = message;
}

void FormSession::updateModels()
{
    QList<AnswerOptionRow> options;
    if (const FormStep *s = current(); s && s->item->type == InstrumentItem::Type::Choice) {
        const QString chosen = selected();
        for (qsizetype i = 0; i < s->item->options.size(); ++i) {
            const AnswerOption &o = s->item->options.at(i);
            options.append({.code = o.code,
                            .label = optionLabel(o),
                            .prefix = optionPrefix(o),
                            .selected = o.code == chosen,
                            .index = int(i)});
        }
    }
    m_options.setRows(options);

    QList<ReviewRow> review;
    const Instrument *section = nullptr;
    for (qsizetype i = 0; i < m_walk.steps().size(); ++i) {
        const FormStep &s = m_walk.steps().at(i);
        const QString value = m_draft.answers.value(s.instrument->id).value(s.item->linkId);
        const AnswerOption *o = s.item->option(value);
        QString answer =
            o ? QStringList{optionPrefix(*o), optionLabel(*o)}.join(QLatin1Char(' ')).trimmed()
              : value;
        review.append({.step = int(i),
                       .section = s.instrument == section ? QString() : s.instrument->title,
                       .question = s.item->prefix.isEmpty()
                                       ? s.item->text
                                       : s.item->prefix + QLatin1Char(' ') + s.item->text,
                       .answer = value.isEmpty() ? tr("Not answered") : answer,
                       .answered = !value.isEmpty()});
        section = s.instrument;
    }
    m_review.setRows(review);
    Q_EMIT changed();
}

} // namespace dit
