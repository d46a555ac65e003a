#pragma once

#include "LetterTextModel.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace dit {

class AppContext;

// One letter open for reading: the version shown (the current one unless another is
// chosen), its sections, the person's highlights and notes on it, and its versions. Each
// reading page makes its own.
class LetterReading : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY letterChanged)
    Q_PROPERTY(QString versionId READ versionId WRITE setVersionId NOTIFY letterChanged)
    Q_PROPERTY(QColor highlightColor READ highlightColor WRITE setHighlightColor NOTIFY
                   highlightColorChanged)
    Q_PROPERTY(dit::LetterTextModel *rows READ rows CONSTANT)
    Q_PROPERTY(bool available READ available NOTIFY contentChanged)
    Q_PROPERTY(bool isReply READ isReply NOTIFY contentChanged)
    Q_PROPERTY(QString title READ title NOTIFY contentChanged)
    Q_PROPERTY(QString byline READ byline NOTIFY contentChanged)
    Q_PROPERTY(QString dateText READ dateText NOTIFY contentChanged)
    Q_PROPERTY(QString versionText READ versionText NOTIFY contentChanged)
    Q_PROPERTY(QString versionNotice READ versionNotice NOTIFY contentChanged)
    Q_PROPERTY(QString shownVersionId READ shownVersionId NOTIFY contentChanged)
    Q_PROPERTY(QString earlierVersionId READ earlierVersionId NOTIFY contentChanged)
    Q_PROPERTY(int versionCount READ versionCount NOTIFY contentChanged)
    Q_PROPERTY(QVariantList versions READ versions NOTIFY contentChanged)
    Q_PROPERTY(QVariantList contents READ contents NOTIFY contentChanged)
    Q_PROPERTY(int markCount READ markCount NOTIFY contentChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    // QML makes it without arguments: its context comes from its engine (classBegin).
    explicit LetterReading(QObject *parent = nullptr);
    explicit LetterReading(AppContext &context, QObject *parent = nullptr);
    void classBegin() override;
    void componentComplete() override {}

    QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    QString versionId() const { return m_versionId; }
    void setVersionId(const QString &id);
    QColor highlightColor() const { return m_highlight; }
    void setHighlightColor(const QColor &colour);
    LetterTextModel *rows() { return &m_rows; }

    bool available() const { return m_shown.has_value(); }
    bool isReply() const;
    QString title() const;
    QString byline() const;   // "From your therapist · 10 June 2026"
    QString dateText() const; // "10 June 2026", set at the top of the letter's sheet
    QString versionText() const;
    QString versionNotice() const;
    QString shownVersionId() const;
    // The version before the one shown (its parent), to compare with; empty for the first.
    QString earlierVersionId() const;
    int versionCount() const { return int(m_versions.size()); }
    // [{id, label, detail, shown, head}] oldest first.
    QVariantList versions() const;
    // [{heading, row}] for section navigation.
    QVariantList contents() const;
    int markCount() const { return m_markCount; }
    QString errorMessage() const { return m_error; }

    // Marks [start, end) of the block in `row` (offsets into what the reader sees).
    Q_INVOKABLE bool markPassage(int row, int start, int end);
    Q_INVOKABLE bool addNote(int row, int start, int end, const QString &note);
    Q_INVOKABLE bool editNote(const QString &id, const QString &note);
    Q_INVOKABLE bool removeMark(const QString &id);
    // Marks the version shown "final" (the agreed one) or "shared".
    Q_INVOKABLE bool markVersion(const QString &versionId, const QString &mark);
    // The words [start, end) of a row's block would be marked as, trimmed; for the note box.
    Q_INVOKABLE QString quoteFor(int row, int start, int end) const;

Q_SIGNALS:
    void letterChanged();
    void highlightColorChanged();
    void contentChanged();
    void errorMessageChanged();

private:
    void useContext(AppContext &context);
    AppContext *m_ctx = nullptr;
    void reload();
    void setError(const QString &message);
    Result<PassageAnchor> anchor(int row, int start, int end) const;

    QString m_letterId;
    QString m_versionId;
    QColor m_highlight = QColor(0xff, 0xf0, 0xa8);
    LetterTextModel m_rows;
    QList<LetterVersion> m_versions;
    std::optional<LetterVersion> m_shown;
    int m_markCount = 0;
    QString m_error;
};

} // namespace dit
