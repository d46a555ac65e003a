#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

namespace dit {

class AppContext;

// Settings → Your data, the welcome page's "Restore from a backup" and the damaged page's way
// out: making a backup, restoring one (into a new profile, or adding it to this one), setting
// damaged files aside, and deleting everything. Passphrases arrive as QStrings from QML; each
// is moved into guarded memory at once and the QString wiped (the page clears its fields).
// Slow work runs off the UI thread on its own database connection.
class YourData : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // Where the next backup goes: the folder of the last one made (if it is still there),
    // else Documents, and a name with today's date.
    Q_PROPERTY(QString suggestedBackupPath READ suggestedBackupPath NOTIFY backupFolderChanged)
    Q_PROPERTY(QString setAsideFolder READ setAsideFolder NOTIFY setAsideFolderChanged)
    Q_PROPERTY(bool needsPassphraseForBackup READ needsPassphraseForBackup CONSTANT)

public:
    explicit YourData(AppContext &context, QObject *parent = nullptr);
    static YourData *create(QQmlEngine *, QJSEngine *);

    bool busy() const { return m_busy; }
    QString suggestedBackupPath() const;
    QString setAsideFolder() const { return m_setAsideFolder; }
    bool needsPassphraseForBackup() const;

    // Writes a backup of the open profile to `path` under `backupPassphrase`. Asks for the
    // profile's passphrase again first: an unlocked phone left on a table must not be enough
    // to carry everything away. Ends with backupFinished().
    Q_INVOKABLE void createBackup(const QString &path, QString appPassphrase,
                                  QString backupPassphrase, QString confirmation);
    // Adds a backup's records, drafts and settings to the open profile, changing nothing in
    // it. Ends with restoreFinished().
    Q_INVOKABLE void restoreIntoThisProfile(const QString &path, QString backupPassphrase);
    // With no profile yet (the welcome page): makes the profile from the backup, locked with
    // a new passphrase, and opens it. Ends with restoreFinished().
    Q_INVOKABLE void restoreAsNewProfile(const QString &path, QString backupPassphrase,
                                         QString newPassphrase, QString confirmation);
    // The damaged page: moves the profile folder aside, untouched, so a backup can be
    // restored (or a new profile made) in its place. The app then shows the welcome page.
    Q_INVOKABLE bool setAsideDamagedProfile();
    // Destroys the keys, then every file, then the quick-unlock key; the app shows the
    // welcome page. The two confirmations are the page's job.
    Q_INVOKABLE bool deleteEverything();
    // A backup's path in plain words, the folder and the file name in full: "Documents, as
    // dit-companion-backup-2026-12-06.ditbackup" (the home, Documents and Downloads folders by
    // name, any other by its path).
    Q_INVOKABLE QString placeInWords(const QString &path) const;
    // A file dialog's URL as a path; empty for what is not a local file.
    Q_INVOKABLE QString localPath(const QUrl &url) const;

Q_SIGNALS:
    void busyChanged();
    void setAsideFolderChanged();
    void backupFolderChanged();
    void backupFinished(bool ok, const QString &message);
    void restoreFinished(bool ok, const QString &message);
    void deleteFinished(bool ok, const QString &message);

private:
    void setBusy(bool busy);

    AppContext &m_ctx;
    bool m_busy = false;
    QString m_setAsideFolder;
};

} // namespace dit
