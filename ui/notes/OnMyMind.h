#pragma once

#include "NotesModel.h"

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// "On my mind": notes for the next session, private, kept in the encrypted store. Cleared
// when the app locks.
class OnMyMind : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(dit::NotesModel *notes READ notes CONSTANT)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(int count READ count NOTIFY changed) // all notes, whatever the query
    Q_PROPERTY(int toBringCount READ toBringCount NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString resultsText READ resultsText NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    explicit OnMyMind(AppContext &context, QObject *parent = nullptr);
    static OnMyMind *create(QQmlEngine *, QJSEngine *);

    NotesModel *notes() { return &m_model; }
    QString query() const { return m_query; }
    void setQuery(const QString &query);
    int count() const { return m_count; }
    int toBringCount() const { return m_toBring; }
    QString summary() const;
    QString resultsText() const;
    QString errorMessage() const { return m_error; }

    // Like every invokable that can fail: false, nothing saved, with errorMessage saying why
    // (docs/ARCHITECTURE.md, "The QML boundary").
    Q_INVOKABLE bool add(const QString &text, bool toBring);
    Q_INVOKABLE bool update(const QString &id, const QString &text, bool toBring);
    Q_INVOKABLE void setToBring(const QString &id, bool toBring);
    Q_INVOKABLE void remove(const QString &thread);
    // The note with this id as {text, toBring}, for the editor.
    Q_INVOKABLE QVariantMap note(const QString &id) const;
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void queryChanged();
    void changed();

private:
    bool fail(const QString &message); // sets errorMessage, returns false
    AppContext &m_ctx;
    NotesModel m_model;
    QString m_query;
    int m_count = 0;
    int m_toBring = 0;
    QString m_error;
};

} // namespace dit
