#pragma once

#include "FocusVersionsModel.h"
#include "ReflectionsModel.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace dit {

class AppContext;

// "My focus": the pattern agreed with the therapist (core/focus), its earlier versions,
// and the person's reflections beside it. Cleared when the app locks.
class MyFocus : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool hasFocus READ hasFocus NOTIFY changed)
    Q_PROPERTY(QString selfRepresentation READ selfRepresentation NOTIFY changed)
    Q_PROPERTY(QString otherRepresentation READ otherRepresentation NOTIFY changed)
    Q_PROPERTY(QString affect READ affect NOTIFY changed)
    Q_PROPERTY(QString defensiveFunction READ defensiveFunction NOTIFY changed)
    Q_PROPERTY(QStringList ownWords READ ownWords NOTIFY changed)
    Q_PROPERTY(QStringList handles READ handles NOTIFY changed)
    Q_PROPERTY(QStringList goals READ goals NOTIFY changed)
    // For the editor's text areas: one entry per line.
    Q_PROPERTY(QString ownWordsText READ ownWordsText NOTIFY changed)
    Q_PROPERTY(QString handlesText READ handlesText NOTIFY changed)
    Q_PROPERTY(QString goalsText READ goalsText NOTIFY changed)
    // For showing: each entry in quotation marks, one per line.
    Q_PROPERTY(QString ownWordsQuoted READ ownWordsQuoted NOTIFY changed)
    Q_PROPERTY(QString handlesQuoted READ handlesQuoted NOTIFY changed)
    Q_PROPERTY(int session READ session NOTIFY changed)
    // The session to suggest when writing a version: the last one that has happened (4 before
    // any course), never earlier than the current version's.
    Q_PROPERTY(int suggestedSession READ suggestedSession NOTIFY changed)
    Q_PROPERTY(QString agreedText READ agreedText NOTIFY changed)
    Q_PROPERTY(int versionCount READ versionCount NOTIFY changed)
    Q_PROPERTY(bool diverged READ diverged NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(int reflectionCount READ reflectionCount NOTIFY changed)
    Q_PROPERTY(dit::FocusVersionsModel *versions READ versions CONSTANT)
    Q_PROPERTY(dit::ReflectionsModel *reflections READ reflections CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    // Where the words being typed into the focus are kept until saved (TextDraft): one key
    // per person whose focus it is, so a therapist's half-written revision stays with that
    // patient.
    Q_PROPERTY(QString draftKey READ draftKey NOTIFY changed)

public:
    explicit MyFocus(AppContext &context, QObject *parent = nullptr);
    static MyFocus *create(QQmlEngine *, QJSEngine *);

    bool hasFocus() const { return m_current.has_value(); }
    QString selfRepresentation() const;
    QString otherRepresentation() const;
    QString affect() const;
    QString defensiveFunction() const;
    QStringList ownWords() const;
    QStringList handles() const;
    QStringList goals() const;
    QString ownWordsText() const { return ownWords().join(u'\n'); }
    QString handlesText() const { return handles().join(u'\n'); }
    QString goalsText() const { return goals().join(u'\n'); }
    QString ownWordsQuoted() const { return quoted(ownWords()); }
    QString handlesQuoted() const { return quoted(handles()); }
    int session() const { return m_current ? m_current->focus.session : 0; }
    int suggestedSession() const;
    QString agreedText() const { return m_agreedText; }
    int versionCount() const { return m_versionCount; }
    bool diverged() const { return m_diverged; }
    QString summary() const;
    int reflectionCount() const { return m_reflections.rowCount(); }
    FocusVersionsModel *versions() { return &m_versions; }
    ReflectionsModel *reflections() { return &m_reflections; }
    QString errorMessage() const { return m_error; }
    QString draftKey() const;

    // Saves a new version. List fields take one entry per line. Like every invokable that
    // can fail: false, nothing saved, with errorMessage saying why (docs/ARCHITECTURE.md).
    Q_INVOKABLE bool save(const QString &self, const QString &others, const QString &feeling,
                          const QString &protects, const QString &ownWords, const QString &handles,
                          const QString &goals, int session);
    Q_INVOKABLE bool addReflection(const QString &text);
    Q_INVOKABLE bool editReflection(const QString &id, const QString &text);
    Q_INVOKABLE void removeReflection(const QString &thread);
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void changed();

private:
    bool fail(const QString &message); // sets errorMessage, returns false
    static QString quoted(const QStringList &entries);

    AppContext &m_ctx;
    std::optional<FocusVersion> m_current;
    FocusVersionsModel m_versions;
    ReflectionsModel m_reflections;
    int m_versionCount = 0;
    bool m_diverged = false;
    QString m_agreedText;
    QString m_error;
};

} // namespace dit
