#include "LetterFeedback.h"

#include "AppContext.h"
#include "letters/Annotations.h"
#include "letters/LetterExport.h"
#include "letters/LetterStore.h"

#include <QLocale>

namespace dit {

LetterFeedback::LetterFeedback(QObject *parent) : QObject(parent), m_comments(this) {}

LetterFeedback::LetterFeedback(AppContext &context, QObject *parent) : LetterFeedback(parent)
{
    useContext(context);
}

void LetterFeedback::classBegin()
{
    useContext(AppContext::ofQmlObject(this));
}

void LetterFeedback::useContext(AppContext &context)
{
    m_ctx = &context;
    connect(m_ctx, &AppContext::storeClosed, this, &LetterFeedback::reload);
    connect(m_ctx, &AppContext::recordsChanged, this, &LetterFeedback::reload);
}

void LetterFeedback::setLetterId(const QString &id)
{
    if (id == m_letterId)
        return;
    m_letterId = id;
    reload();
}

QString LetterFeedback::summary() const
{
    if (hasReply() || m_comments.count() > 0)
        return {};
    return tr("No reply or notes from the patient yet. They arrive when the patient makes a "
              "hand-over file for you in their app and you bring it in here.");
}

void LetterFeedback::reload()
{
    m_replyTitle.clear();
    m_replyDate.clear();
    m_replyParagraphs.clear();
    QList<LetterCommentRow> rows;
    AppContext *ctx = m_ctx;
    Store *store = ctx ? ctx->store() : nullptr;
    if (store && !m_letterId.isEmpty()) {
        LetterStore letters(store->records());
        auto shown = letters.currentVersion(m_letterId);
        const QString subject = shown ? shown.value().record.subject : QString();
        if (auto reply = letters.replyTo(m_letterId, subject); reply && !reply.value().isEmpty()) {
            if (auto current = letters.currentVersion(reply.value())) {
                const Letter &l = current.value().letter;
                m_replyTitle = l.title;
                m_replyDate = letters::letterDateText(l.date);
                for (int s = 0; s < l.sections.size(); ++s)
                    m_replyParagraphs << letters::blockTexts(l, s);
            }
        }
        auto marks = AnnotationStore(store->records()).forLetter(m_letterId, subject);
        if (marks && shown) {
            const QLocale locale;
            for (const Annotation &a : marks.value()) {
                const auto at =
                    letters::locate(shown.value().letter, shown.value().record.id, a.anchor);
                QString place = letters::markNotInVersionText();
                if (at && at->section >= 0 && at->section < shown.value().letter.sections.size()) {
                    const QString heading = shown.value().letter.sections.at(at->section).heading;
                    place = heading.isEmpty() ? tr("At the start") : heading;
                }
                const bool isNote = a.type == Annotation::Type::Note;
                const QString date =
                    locale.toString(a.updatedAt.toLocalTime().date(), QStringLiteral("d MMM"));
                rows.append(
                    {.quote = a.anchor.quote,
                     .note = a.note,
                     .place = place,
                     .dateText = date,
                     .isNote = isNote,
                     .description =
                         isNote ? tr("The patient noted, beside “%1” (%2): %3")
                                      .arg(a.anchor.quote, place, a.note)
                                : tr("The patient marked “%1” (%2)").arg(a.anchor.quote, place)});
            }
        }
    }
    m_comments.setRows(rows);
    Q_EMIT changed();
}

} // namespace dit
