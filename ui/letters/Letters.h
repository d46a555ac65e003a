#pragma once

#include "LetterLibraryModel.h"
#include "LetterMomentsModel.h"

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace dit {

class AppContext;

// The letter destination's view model: which letters there are, the therapist's letter and
// the patient's reply to it, the moments marked in it, export and (confirmed) deletion.
class Letters : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(dit::LetterLibraryModel *library READ library CONSTANT)
    Q_PROPERTY(dit::LetterMomentsModel *moments READ moments CONSTANT)
    Q_PROPERTY(int letterCount READ letterCount NOTIFY changed)
    Q_PROPERTY(bool hasLetter READ hasLetter NOTIFY changed)
    Q_PROPERTY(QString letterId READ letterId NOTIFY changed)
    Q_PROPERTY(QString letterTitle READ letterTitle NOTIFY changed)
    Q_PROPERTY(QString letterDateText READ letterDateText NOTIFY changed)
    Q_PROPERTY(QString letterStatus READ letterStatus NOTIFY changed)
    Q_PROPERTY(int letterVersionCount READ letterVersionCount NOTIFY changed)
    Q_PROPERTY(QString replyId READ replyId NOTIFY changed)
    Q_PROPERTY(QString replyTitle READ replyTitle NOTIFY changed)
    Q_PROPERTY(QString replyDateText READ replyDateText NOTIFY changed)
    Q_PROPERTY(bool replyDraftExists READ replyDraftExists NOTIFY changed)
    Q_PROPERTY(bool paperDraftExists READ paperDraftExists NOTIFY changed)
    Q_PROPERTY(QString readingFamily READ readingFamily CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit Letters(AppContext &context, QObject *parent = nullptr);
    static Letters *create(QQmlEngine *, QJSEngine *);

    LetterLibraryModel *library() { return &m_library; }
    LetterMomentsModel *moments() { return &m_moments; }
    int letterCount() const { return int(m_library.letters().size()); }
    bool hasLetter() const { return !m_letterId.isEmpty(); }
    QString letterId() const { return m_letterId; }
    QString letterTitle() const;
    QString letterDateText() const;
    QString letterStatus() const;
    int letterVersionCount() const;
    QString replyId() const { return m_replyId; }
    QString replyTitle() const;
    QString replyDateText() const;
    bool replyDraftExists() const { return m_replyDraft; }
    bool paperDraftExists() const { return m_paperDraft; }
    // The letter's book serif, embedded in the app (Charis SIL; app/documents/fonts/).
    static QString readingFamily();
    QString errorMessage() const { return m_error; }

    // Deleting a letter takes two explicit steps. The first says what will go and gives a
    // token; only the second, with that token and within five minutes, deletes.
    Q_INVOKABLE QString deletionSummary(const QString &letterId) const;
    Q_INVOKABLE QString beginDelete(const QString &letterId);
    Q_INVOKABLE bool deleteLetter(const QString &letterId, const QString &token);
    Q_INVOKABLE void cancelDelete() { m_pendingDelete = {}; }

    // Writes the letter (with the reply and the marks if asked) to `file` as "pdf" or "txt".
    // False, nothing written, with errorMessage saying why; true clears errorMessage.
    Q_INVOKABLE bool exportLetter(const QString &letterId, const QString &format, bool includeReply,
                                  bool includeMarks, const QUrl &file);
    Q_INVOKABLE QString exportFileName(const QString &format) const;

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();
    void errorMessageChanged();

private:
    const LetterSummary *summaryOf(const QString &thread) const;
    void setError(const QString &message);
    // Empty when written, otherwise why not.
    QString writeExport(const QString &letterId, const QString &format, bool includeReply,
                        bool includeMarks, const QUrl &file) const;

    AppContext &m_ctx;
    LetterLibraryModel m_library;
    LetterMomentsModel m_moments;
    QString m_letterId;
    QString m_replyId;
    bool m_replyDraft = false;
    bool m_paperDraft = false;
    QString m_error;
    struct PendingDelete
    {
        QString letterId;
        QString token;
        QDateTime expires;
    } m_pendingDelete;
};

} // namespace dit
