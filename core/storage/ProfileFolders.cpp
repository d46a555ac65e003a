#include "ProfileFolders.h"

#include "AtomicFile.h"
#include "Profile.h"
#include "common/Clock.h"
#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace dit {

namespace {

const QString kLast = QStringLiteral("last");
constexpr int kUnnumbered = 100000;

int numberOf(const QString &name)
{
    if (name == QLatin1String("default"))
        return 1;
    static const QRegularExpression numbered(QStringLiteral("^profile-(\\d{1,4})$"));
    const auto m = numbered.match(name);
    return m.hasMatch() ? m.captured(1).toInt() : kUnnumbered;
}

} // namespace

ProfileFolders ProfileFolders::of(const QString &profileDir)
{
    return ProfileFolders(QFileInfo(profileDir).absolutePath());
}

QString ProfileFolders::titleFor(const QString &name)
{
    const int n = numberOf(name);
    if (n < kUnnumbered)
        return QCoreApplication::translate("Profiles", "Profile %1").arg(n);
    // Never the folder's name (list() numbers these among themselves).
    return QCoreApplication::translate("Profiles", "Another profile");
}

QList<ProfileFolders::Entry> ProfileFolders::list() const
{
    QList<Entry> out;
    const SystemClock clock;
    const QFileInfoList folders =
        QDir(m_root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &f : folders) {
        if (f.fileName().contains(QLatin1String(".set-aside-")) ||
            f.fileName().startsWith(QLatin1Char('.')))
            continue;
        const Profile::Inspection found = Profile(f.absoluteFilePath(), clock).inspect();
        if (found.state == Profile::State::Missing)
            continue;
        out.append({f.absoluteFilePath(), f.fileName(), titleFor(f.fileName()),
                    found.state == Profile::State::Damaged});
    }
    std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) {
        return numberOf(a.name) < numberOf(b.name);
    });
    // Folders named otherwise (`--profile` with any name) are numbered too: a folder's name
    // may say who it is for, and the lock screen is seen by anyone nearby.
    int other = 0;
    for (Entry &e : out) {
        if (numberOf(e.name) == kUnnumbered)
            e.title = QCoreApplication::translate("Profiles", "Other profile %1").arg(++other);
    }
    return out;
}

QString ProfileFolders::newProfilePath() const
{
    for (int n = 2;; ++n) {
        QString path = m_root + QStringLiteral("/profile-%1").arg(n);
        if (!QFileInfo::exists(path))
            return path;
    }
}

QString ProfileFolders::lastUsed() const
{
    const auto bytes = readRegularFile(m_root + QLatin1Char('/') + kLast, 256);
    if (!bytes)
        return {};
    const QString name = QString::fromUtf8(bytes.value()).trimmed();
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.startsWith(QLatin1Char('.')))
        return {};
    QString path = m_root + QLatin1Char('/') + name;
    const SystemClock clock;
    if (Profile(path, clock).inspect().state == Profile::State::Missing)
        return {};
    return path;
}

void ProfileFolders::setLastUsed(const QString &profileDir) const
{
    const QFileInfo info(profileDir);
    if (info.absolutePath() != QFileInfo(m_root).absoluteFilePath())
        return;
    const QString path = m_root + QLatin1Char('/') + kLast;
    if (lastUsed() == info.absoluteFilePath())
        return;
    (void)writeFileAtomically(path, info.fileName().toUtf8());
}

} // namespace dit
