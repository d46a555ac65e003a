#pragma once

#include "LetterCommentRow.h"
#include "RowsModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace dit {

class AppContext;

// What the patient sent back about a letter (docs/THERAPIST.md), for the therapist's letter page:
// their reply and the passages they marked and noted, once a hand-over file from their phone has
// brought them. The patient's notes are private on their phone; they arrive here only when
// the patient chose to include them.
class LetterFeedback : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY changed)
    Q_PROPERTY(bool hasReply READ hasReply NOTIFY changed)
    Q_PROPERTY(QString replyTitle READ replyTitle NOTIFY changed)
    Q_PROPERTY(QString replyDate READ replyDate NOTIFY changed)
    // The reply's paragraphs as plain text.
    Q_PROPERTY(QStringList replyParagraphs READ replyParagraphs NOTIFY changed)
    // Rows: quote, note, place (the section it is in now, or that its words are gone),
    // dateText, isNote, description.
    Q_PROPERTY(dit::RowsModel *comments READ comments CONSTANT)
    Q_PROPERTY(int commentCount READ commentCount NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    // QML makes it without arguments: its context comes from its engine (classBegin).
    explicit LetterFeedback(QObject *parent = nullptr);
    explicit LetterFeedback(AppContext &context, QObject *parent = nullptr);
    void classBegin() override;
    void componentComplete() override {}

    QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    bool hasReply() const { return !m_replyParagraphs.isEmpty(); }
    QString replyTitle() const { return m_replyTitle; }
    QString replyDate() const { return m_replyDate; }
    QStringList replyParagraphs() const { return m_replyParagraphs; }
    RowsModel *comments() { return &m_comments; }
    int commentCount() const { return m_comments.count(); }
    QString summary() const;

    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    void useContext(AppContext &context);
    AppContext *m_ctx = nullptr;
    QString m_letterId;
    QString m_replyTitle;
    QString m_replyDate;
    QStringList m_replyParagraphs;
    TypedRows<LetterCommentRow> m_comments;
};

} // namespace dit
