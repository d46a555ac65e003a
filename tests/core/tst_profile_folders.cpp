// Several profiles on one device (docs/THERAPIST.md): a patient's and a therapist's side by side,
// each with its role, a new one always in a new folder, the one opened last remembered; and the
// in-room hand-over marker that outlives a restart.
#include "TestSupport.h"
#include "common/Ids.h"
#include "storage/HandedOver.h"
#include "storage/ProfileFolders.h"

#include <QDir>
#include <QTest>

#include <sys/stat.h>

using namespace dit;

class TestProfileFolders : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void patientAndTherapistSideBySide()
    {
        QTemporaryDir root;
        ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
        const ProfileFolders folders(root.path());
        const QString first = root.filePath(QStringLiteral("default"));
        QVERIFY(Profile(first, clock)
                    .create(test::secret("patient pass"), Role::Patient, test::fastKdf()));
        const QString second = folders.newProfilePath();
        QCOMPARE(second, root.filePath(QStringLiteral("profile-2")));
        QVERIFY(Profile(second, clock)
                    .create(test::secret("therapist pass"), Role::Therapist, test::fastKdf()));
        // Nothing made until a profile is created; the next name skips those in use.
        QCOMPARE(folders.newProfilePath(), root.filePath(QStringLiteral("profile-3")));
        QDir().mkpath(root.filePath(QStringLiteral("profile-2.set-aside-20260302-090000")));

        const auto list = folders.list();
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0).path, first);
        QCOMPARE(list.at(0).title, QStringLiteral("Profile 1"));
        QCOMPARE(list.at(1).title, QStringLiteral("Profile 2"));
        // A folder named by hand (--profile) is never titled by its name, which may say who
        // the profile is for: the lock screen shows the title to anyone nearby.
        for (const char *name : {"sarah", "p1"})
            QVERIFY(Profile(root.filePath(QString::fromLatin1(name)), clock)
                        .create(test::secret("other pass"), Role::Patient, test::fastKdf()));
        const auto withOthers = folders.list();
        QCOMPARE(withOthers.size(), 4);
        QCOMPARE(withOthers.at(2).title, QStringLiteral("Other profile 1"));
        QCOMPARE(withOthers.at(2).name, QStringLiteral("p1"));
        QCOMPARE(withOthers.at(3).title, QStringLiteral("Other profile 2"));
        QCOMPARE(ProfileFolders::titleFor(QStringLiteral("sarah")),
                 QStringLiteral("Another profile"));
        for (const auto &e : withOthers)
            QVERIFY2(!e.title.contains(e.name), qPrintable(e.title));
        // Each keeps its own role, passphrase and store.
        auto patient = Profile(first, clock).unlock(test::secret("patient pass"));
        auto therapist = Profile(second, clock).unlock(test::secret("therapist pass"));
        QVERIFY(patient && therapist);
        QCOMPARE(patient.value()->role(), Role::Patient);
        QCOMPARE(therapist.value()->role(), Role::Therapist);
        QVERIFY(!Profile(second, clock).unlock(test::secret("patient pass")));

        // The one opened last, by folder name only.
        QCOMPARE(folders.lastUsed(), QString());
        folders.setLastUsed(second);
        QCOMPARE(folders.lastUsed(), second);
        QCOMPARE(ProfileFolders::of(second).lastUsed(), second);
        QCOMPARE(test::readFile(root.filePath(QStringLiteral("last"))), QByteArray("profile-2"));
        // A name pointing outside the folder is ignored.
        test::writeFile(root.filePath(QStringLiteral("last")), "../elsewhere");
        QCOMPARE(folders.lastUsed(), QString());
        // A named pipe in its place is ignored at once, never waited on.
        QVERIFY(QFile::remove(root.filePath(QStringLiteral("last"))));
        QVERIFY(::mkfifo(QFile::encodeName(root.filePath(QStringLiteral("last"))).constData(),
                         0600) == 0);
        QCOMPARE(folders.lastUsed(), QString());
    }

    void handedOverMarkerOutlivesARestart()
    {
        QTemporaryDir dir;
        const QString id = newRandomId();
        QVERIFY(!handedover::active(dir.path()));
        QVERIFY(handedover::begin(dir.path(), id));
        // As after a restart: only the folder is read again.
        QVERIFY(handedover::active(dir.path()));
        QCOMPARE(handedover::patientId(dir.path()), id);
        // Holds the random id and nothing else.
        QCOMPARE(test::readFile(dir.filePath(QString::fromLatin1(handedover::kFileName))).trimmed(),
                 id.toLatin1());
        QVERIFY(handedover::end(dir.path()));
        QVERIFY(!handedover::active(dir.path()));
        QCOMPARE(handedover::patientId(dir.path()), QString());
    }
};

QTEST_GUILESS_MAIN(TestProfileFolders)
#include "tst_profile_folders.moc"
