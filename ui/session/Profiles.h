#pragma once

#include "ProfileRow.h"
#include "RowsModel.h"

#include <QObject>
#include <QQmlEngine>

namespace dit {

class AppContext;

// The profiles on this device, for the lock screen's "Other profiles" (docs/THERAPIST.md): open
// another one (its own passphrase), or start a new one in a new folder. Nothing is deleted or
// overwritten. Not offered in the demo, or while the tablet is handed to a patient.
class Profiles : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Rows: path, title, detail, current, damaged.
    Q_PROPERTY(dit::RowsModel *list READ list CONSTANT)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(int count READ count NOTIFY changed)
    Q_PROPERTY(QString currentTitle READ currentTitle NOTIFY changed)
    // A new profile was started from another: going back opens that one again.
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)

public:
    explicit Profiles(AppContext &context, QObject *parent = nullptr);
    static Profiles *create(QQmlEngine *, QJSEngine *);

    RowsModel *list() { return &m_list; }
    bool available() const;
    int count() const { return m_list.count(); }
    QString currentTitle() const;
    bool canGoBack() const { return !m_previous.isEmpty(); }

    // Both only while locked (or on the welcome page): an open store stays as it is.
    Q_INVOKABLE bool open(const QString &path);
    Q_INVOKABLE bool startNew();
    Q_INVOKABLE bool goBack();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    bool canSwitch() const;

    AppContext &m_ctx;
    TypedRows<ProfileRow> m_list;
    QString m_previous;
};

} // namespace dit
