#pragma once

#include <QList>
#include <QString>

namespace dit {

// The profiles on one device (docs/THERAPIST.md): folders side by side in a profiles folder,
// `<AppData>/profiles/<name>` (the first is "default"). A patient and a therapist profile
// can live on the same device this way, each with its own passphrase and keys. Nothing here
// deletes, renames or writes into a profile: a new profile always gets a folder name not in
// use.
class ProfileFolders
{
public:
    struct Entry
    {
        QString path;
        QString name;  // the folder's name
        QString title; // for people: "Profile 1" for "default", "Profile 3" for "profile-3",
                       // "Other profile 1" for any other name: never the folder's name
        bool damaged = false;
    };

    explicit ProfileFolders(QString root) : m_root(std::move(root)) {}
    // The profiles folder a profile folder sits in.
    static ProfileFolders of(const QString &profileDir);

    QString root() const { return m_root; }
    // Folders holding a profile (ready or damaged), in order of their titles' numbers.
    // Folders set aside after damage (`*.set-aside-*`) and hidden ones are left out.
    QList<Entry> list() const;
    // A folder for a new profile: "<root>/profile-N" with the first N (from 2) whose folder
    // does not exist. Nothing is made until the profile is created.
    QString newProfilePath() const;

    // The profile opened last, remembered in `<root>/last` (only the folder's name, which
    // says nothing about anyone), so the app opens it next time. Empty if none is recorded
    // or it is gone.
    QString lastUsed() const;
    void setLastUsed(const QString &profileDir) const;

    static QString titleFor(const QString &folderName);

private:
    QString m_root;
};

} // namespace dit
