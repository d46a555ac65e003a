#pragma once

#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

class QObject;
class QQuickItem;
class QQuickWindow;

namespace dit {

// The self-test's walk through the dialogs (docs/DEVELOPING.md, "Self-test"): every file
// chooser and every popup (Dialog, Menu, a ComboBox's list, ...) under a page is opened as a
// person would open it, shown for one rendered frame, and closed.
class DialogWalk
{
public:
    // `pageTypes`: the QML module's page types, to say which page each dialog belongs to and
    // which pages' QML holds a dialog.
    DialogWalk(QQuickWindow *window, const QStringList &pageTypes);

    // Opens each dialog under `root` not opened before, one of each kind per page (the rows of
    // a list hold the same dialogs). A dialog that does not show, or a QML warning while it is
    // open, is added to `problems` (the warning itself is added by the self-test's message
    // handler).
    void openAll(QQuickItem *root, const QString &where, QStringList *problems);

    int fileChoosers() const { return m_fileChoosers; }
    int popups() const { return m_popups; }
    // How many page types' QML holds a dialog (directly or through a component that does),
    // and those of them of which none was opened.
    qsizetype pagesWithDialogs() const { return m_pagesWithDialogs.size(); }
    QStringList pagesMissed() const;

private:
    void open(QObject *dialog, const QString &name, QStringList *problems);
    QString pageOf(const QObject *dialog) const;

    QQuickWindow *m_window;
    QStringList m_pageTypes;
    QSet<QString> m_pagesWithDialogs;
    QList<QPointer<QObject>> m_opened; // live ones only: a page's dialogs are kept with it
    QSet<QString> m_kinds;             // page type and name, numbers left out
    QHash<QString, int> m_openedPerPage;
    int m_fileChoosers = 0;
    int m_popups = 0;
};

} // namespace dit
