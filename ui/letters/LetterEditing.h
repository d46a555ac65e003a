#pragma once

#include "LetterSectionsModel.h"
#include "letters/Letter.h"

#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>
#include <QTimer>

namespace dit {

class AppContext;

// A letter being written: the patient's reply, a paper letter typed in, or a new version of
// a letter. Everything typed is autosaved to the drafts table shortly after each pause and
// at most kMaxUnsavedMs after the first unsaved keystroke, so a killed app loses nothing
// typed more than a second before; "Save this version" makes an immutable version.
class LetterEditing : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(Mode mode READ mode WRITE setMode NOTIFY openedChanged)
    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY openedChanged)
    Q_PROPERTY(dit::LetterSectionsModel *sections READ sections CONSTANT)
    Q_PROPERTY(bool ready READ ready NOTIFY openedChanged)
    Q_PROPERTY(bool restored READ restored NOTIFY openedChanged)
    Q_PROPERTY(bool headingsEditable READ headingsEditable NOTIFY openedChanged)
    Q_PROPERTY(QString draftKey READ draftKey NOTIFY openedChanged)
    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY fieldsChanged)
    Q_PROPERTY(QString dateText READ dateText WRITE setDateText NOTIFY fieldsChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY fieldsChanged)
    Q_PROPERTY(bool hasDraft READ hasDraft NOTIFY draftChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    // What is being written (QML: LetterEditing.Reply, ...).
    enum class Mode { Reply, New, Revise, Paper };
    Q_ENUM(Mode)

    static constexpr int kQuietMs = 300;      // save after a pause this long
    static constexpr int kMaxUnsavedMs = 700; // and never hold typing longer than this

    // QML makes it without arguments: its context comes from its engine (classBegin).
    explicit LetterEditing(QObject *parent = nullptr);
    explicit LetterEditing(AppContext &context, QObject *parent = nullptr);
    ~LetterEditing() override;

    void classBegin() override;
    void componentComplete() override;

    // Reply (letterId: the letter answered), Paper (a new letter typed from paper), New (a
    // therapist's new letter for the patient open, from the template) or Revise (letterId:
    // the letter to make a new version of). Whose letter it is comes from
    // AppContext::subject() when it opens.
    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    LetterSectionsModel *sections() { return &m_sections; }
    bool ready() const { return m_ready; }
    bool restored() const { return m_restored; }
    bool headingsEditable() const { return m_mode != Mode::Reply; }
    QString draftKey() const { return m_draftKey; }
    QString title() const { return m_title; }
    void setTitle(const QString &title);
    QString dateText() const { return m_dateText; }
    void setDateText(const QString &text);
    // What stops this being saved as a version, in plain words; empty if it can be.
    QString problem() const;
    bool hasDraft() const { return m_hasDraft; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void setSectionText(int row, const QString &text);
    Q_INVOKABLE void setSectionHeading(int row, const QString &heading);
    // Saves the draft now (also done on a timer, when locking and when the page closes).
    Q_INVOKABLE bool flush();
    // Makes an immutable version from what is typed and clears the draft. Returns the new
    // version's letter id, or empty (with errorMessage set) if it could not be saved.
    Q_INVOKABLE QString saveVersion();
    // A section's words as they will read, formatting shown as formatting (emphasis in
    // italics, strong in bold, list items with bullets), as Qt StyledText for a QML Text.
    // Empty when the words carry no formatting (or cannot be read), so nothing is repeated.
    Q_INVOKABLE QString formattedPreview(const QString &text) const;

    // Dates as people write them: "10 June 2026", "10/6/2026", "2026-06-10".
    static QDate parseDate(const QString &text);

Q_SIGNALS:
    void openedChanged();
    void fieldsChanged();
    void draftChanged();
    void errorMessageChanged();

private:
    void useContext(AppContext &context);
    AppContext *m_ctx = nullptr;
    void open();
    void edited();
    Letter composed() const;
    QString sourceText() const;
    void setError(const QString &message);

    Mode m_mode = Mode::Reply;
    QString m_letterId;
    bool m_complete = false;
    bool m_ready = false;
    bool m_restored = false;
    bool m_hasDraft = false;
    bool m_dirty = false;
    QString m_draftKey;
    QString m_subject;   // whose letter: AppContext::subject() when it was opened
    QString m_parentId;  // the version a save revises; empty for a new letter
    QString m_inReplyTo; // for a first reply
    LetterAuthor m_author = LetterAuthor::Patient;
    QString m_title;
    QString m_dateText;
    QString m_error;
    LetterSectionsModel m_sections;
    QTimer m_quiet;
    QTimer m_deadline;
};

} // namespace dit
