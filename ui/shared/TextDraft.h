#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>

namespace dit {

class AppContext;

// Text a person is typing (a note, a reply), saved to the drafts table as they go: shortly
// after they stop typing and just before the app locks. If a save fails (a full disk), what
// they typed stays here, `errorMessage` says so plainly, and the next change or save() tries
// again: a failed write never loses what was typed. submit() turns it into a record. When
// the page holding it goes (Back), what is not yet saved is saved then.
class TextDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString key READ key WRITE setKey NOTIFY keyChanged)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    Q_PROPERTY(SaveState saveState READ saveState NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY saveStateChanged)

public:
    enum SaveState { Saved, Unsaved, Failed };
    Q_ENUM(SaveState)

    explicit TextDraft(QObject *parent = nullptr); // the app's AppContext
    explicit TextDraft(AppContext &context, QObject *parent = nullptr);
    ~TextDraft() override;

    QString key() const { return m_key; }
    void setKey(const QString &key);
    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    QString text() const { return m_text; }
    void setText(const QString &text);
    SaveState saveState() const { return m_state; }
    QString errorMessage() const { return m_error; }

    // Saves now; true if what is shown is stored.
    Q_INVOKABLE bool save();
    // Stores the text as a new record of `kind` ({"text": ...}) and clears the draft.
    Q_INVOKABLE bool submit();
    // Reads the draft again from the store (another page may have changed it).
    Q_INVOKABLE void reload() { load(); }
    void setSaveDelay(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    void keyChanged();
    void kindChanged();
    void textChanged();
    void saveStateChanged();
    void submitted();

private:
    void load();
    void forget();
    void setState(SaveState state, const QString &error = {});

    QPointer<AppContext> m_ctx;
    QTimer m_debounce;
    QString m_key;
    QString m_kind = QStringLiteral("note");
    QString m_text;
    SaveState m_state = Saved;
    QString m_error;
};

} // namespace dit
