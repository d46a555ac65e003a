// Leak sweep: known marker strings go in through every input the app has, the app is used
// (locking, a passphrase change, backups made, verified and restored, a profile deleted), and
// then every file under the profiles, the temporary folder, the home and settings folders and
// every backup, and every line the processes logged (ditc and dit-companion on stdout and
// stderr, this process's Qt log) is searched for each marker: raw, UTF-16, base64 and hex.
// There must be no hit. Backups are included: they are encrypted, so no hit there either.
//
// To add an input when a feature arrives: add a row to inputs() below. It gets a fresh marker
// and the Sweep; enter the marker the way a person would (ditc command, view model) and check
// it went in (or the sweep proves nothing).
#include "AppContext.h"
#include "Caseload.h"
#include "Processes.h"
#include "Samples.h"
#include "Session.h"
#include "TestSupport.h"
#include "TextDraft.h"
#include "YourData.h"
#include "caseload/PatientStore.h"
#include "common/Ids.h"
#include "focus/FocusStore.h"
#include "testing/MemoryKeystore.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace dit;

namespace {

QStringList s_log; // this process's log messages
QtMessageHandler s_previous = nullptr;

void collect(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    s_log << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') +
                 message;
    if (s_previous)
        s_previous(type, context, message);
}

// The ways a string could sit in a file or a log without being plain text.
QList<QByteArray> encodingsOf(const QByteArray &marker)
{
    QList<QByteArray> forms = {marker, marker.toHex(), marker.toHex().toUpper()};
    QByteArray utf16;
    for (const char c : marker)
        utf16 += QByteArray(1, c) + '\0';
    forms << utf16;
    // Base64 depends on where the string starts within a 3-byte group: take the part that is
    // the same whatever came before it, for each of the three alignments.
    for (int pad = 0; pad < 3; ++pad) {
        const QByteArray encoded = QByteArray(QByteArray(pad, 'A') + marker).toBase64();
        const int skip = (pad * 4 + 2) / 3 + 1;
        forms << encoded.mid(skip, encoded.size() - skip - 4);
    }
    return forms;
}

} // namespace

class Sweep
{
public:
    Sweep()
    {
        for (const char *sub :
             {"profiles", "tmp", "home", "config", "data", "cache", "runtime", "backups"})
            QDir().mkpath(root.filePath(QString::fromLatin1(sub)));
        QFile::setPermissions(path("runtime"),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TMPDIR"), path("tmp"));
        env.insert(QStringLiteral("HOME"), path("home"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), path("runtime"));
        env.insert(QStringLiteral("DIT_TEST_FAST_KDF"), QStringLiteral("1"));
        // Every message of ours, debug included: a leak into any log level counts.
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("dit.*=true"));
        for (const QString &name : env.keys())
            if (name.startsWith(QLatin1String("TMPDIR")) ||
                name.startsWith(QLatin1String("XDG_")) || name == QLatin1String("HOME") ||
                name == QLatin1String("QT_LOGGING_RULES"))
                qputenv(name.toUtf8().constData(), env.value(name).toUtf8());
    }

    QTemporaryDir root;
    QProcessEnvironment env;
    QByteArray passphrase = "first passphrase"; // the main profile's, as it changes
    QList<QPair<QString, QByteArray>> markers;  // input name, marker
    QStringList processLogs;

    QString path(const char *name) const { return root.filePath(QString::fromLatin1(name)); }
    QString profile() const { return path("profiles") + QStringLiteral("/main"); }
    QString backupFile(const char *name) const
    {
        return path("backups") + QLatin1Char('/') + QString::fromLatin1(name);
    }

    QByteArray newMarker(const QString &input)
    {
        const QByteArray m = "LEAK-" + QString(input).replace(u' ', u'_').toLatin1() + '-' +
                             newRandomId().left(12).toLatin1();
        markers.append({input, m});
        return m;
    }

    test::Run ditc(const QStringList &args, const QByteArray &input)
    {
        const test::Run r = test::ditc(args, input, env);
        processLogs << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }

    test::Run app(const QStringList &args)
    {
        const test::Run r = test::runProgram(QStringLiteral(DIT_APP_PATH), args, {}, env);
        processLogs << QString::fromUtf8(r.out) << QString::fromUtf8(r.err);
        return r;
    }

    // The main profile opened in this process, for inputs that go through the core or a view
    // model; closed again when the returned context goes.
    std::unique_ptr<AppContext> openInProcess()
    {
        AppContext::Options options;
        options.profileDir = profile();
        auto ctx = std::make_unique<AppContext>(options, std::make_unique<MemoryKeystore>(),
                                                std::make_unique<SystemClock>());
        auto store = ctx->profile().unlock(SecretBytes::copyOf(passphrase));
        if (!store)
            qFatal("sweep: could not open the profile: %s", qPrintable(store.error().message));
        ctx->openStore(std::move(store.value()));
        return ctx;
    }
};

struct LeakInput
{
    const char *name;
    std::function<void(Sweep &, const QByteArray &marker)> enter;
};

namespace {

const QByteArray kTablet = "tablet passphrase";

QString tablet(const Sweep &s)
{
    return s.path("profiles") + QStringLiteral("/tablet");
}

// The therapist's profile opened in this process.
std::unique_ptr<AppContext> openTablet(const Sweep &s)
{
    AppContext::Options options;
    options.profileDir = tablet(s);
    auto ctx = std::make_unique<AppContext>(options, std::make_unique<MemoryKeystore>(),
                                            std::make_unique<SystemClock>());
    auto store = ctx->profile().unlock(SecretBytes::copyOf(kTablet));
    if (!store)
        qFatal("sweep: could not open the tablet: %s", qPrintable(store.error().message));
    ctx->openStore(std::move(store.value()));
    return ctx;
}

} // namespace

// Every input the app has today. Add a row for each new one (see the top of this file).
static const QList<LeakInput> &inputs()
{
    static const QList<LeakInput> list = {
        {"passphrase at creation (ditc init)",
         [](Sweep &s, const QByteArray &m) {
             s.passphrase = "pass " + m;
             QCOMPARE(s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("init")},
                             s.passphrase + '\n' + s.passphrase + '\n')
                          .code,
                      0);
         }},
        {"records of every kind (core)",
         [](Sweep &s, const QByteArray &m) {
             auto ctx = s.openInProcess();
             QCOMPARE(test::addSampleContent(*ctx->store(), QString::fromLatin1(m)), 8);
         }},
        {"settings (core)",
         [](Sweep &s, const QByteArray &m) {
             auto ctx = s.openInProcess();
             QVERIFY(ctx->store()->settings().setValue(
                 QStringLiteral("note_") + QString::fromLatin1(m), QString::fromLatin1(m)));
         }},
        {"typed text autosaved as a draft (TextDraft view model)",
         [](Sweep &s, const QByteArray &m) {
             auto ctx = s.openInProcess();
             TextDraft draft(*ctx);
             draft.setKey(QStringLiteral("note:new"));
             draft.setText(QStringLiteral("I wanted to say ") + QString::fromLatin1(m));
             QVERIFY(draft.save());
             TextDraft second(*ctx);
             second.setKey(QStringLiteral("note:other"));
             second.setText(QStringLiteral("submitted ") + QString::fromLatin1(m));
             QVERIFY(second.submit());
         }},
        {"records written through ditc (stress-write, test builds)",
         [](Sweep &s, const QByteArray &m) {
             const test::Run r =
                 s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("stress-write"),
                         QStringLiteral("--count"), QStringLiteral("20"),
                         QStringLiteral("--marker-from-stdin")},
                        s.passphrase + '\n' + m + '\n');
             QCOMPARE(r.code, 0);
             QCOMPARE(r.out.count("record "), 20);
         }},
        {"backup passphrase (ditc backup create)",
         [](Sweep &s, const QByteArray &m) {
             const QByteArray backupPass = "backup " + m;
             QCOMPARE(s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("backup"),
                              QStringLiteral("create"), s.backupFile("cli.ditbackup")},
                             s.passphrase + '\n' + backupPass + '\n' + backupPass + '\n')
                          .code,
                      0);
             QCOMPARE(s.ditc({QStringLiteral("backup"), QStringLiteral("verify"),
                              s.backupFile("cli.ditbackup")},
                             backupPass + '\n')
                          .code,
                      0);
             // Restored into a new profile (a new phone), under a new passphrase.
             const QByteArray newPass = "restored " + m;
             QCOMPARE(
                 s.ditc({QStringLiteral("--profile"),
                         s.path("profiles") + QStringLiteral("/restored"), QStringLiteral("backup"),
                         QStringLiteral("restore"), s.backupFile("cli.ditbackup")},
                        newPass + '\n' + newPass + '\n' + backupPass + '\n')
                     .code,
                 0);
         }},
        {"backup passphrase (YourData view model)",
         [](Sweep &s, const QByteArray &m) {
             auto ctx = s.openInProcess();
             YourData data(*ctx);
             QSignalSpy done(&data, &YourData::backupFinished);
             data.createBackup(s.backupFile("app.ditbackup"), QString::fromLatin1(s.passphrase),
                               QStringLiteral("app backup ") + QString::fromLatin1(m),
                               QStringLiteral("app backup ") + QString::fromLatin1(m));
             QVERIFY(done.wait(20000));
             QVERIFY2(done.at(0).at(0).toBool(), qPrintable(done.at(0).at(1).toString()));
         }},
        {"passphrase change (ditc passwd)",
         [](Sweep &s, const QByteArray &m) {
             const QByteArray next = "changed " + m;
             QCOMPARE(s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("passwd")},
                             s.passphrase + '\n' + next + '\n' + next + '\n')
                          .code,
                      0);
             s.passphrase = next;
             QCOMPARE(s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("check")},
                             s.passphrase + '\n')
                          .code,
                      0);
         }},
        {"passphrases typed in the app (Session view model)",
         [](Sweep &s, const QByteArray &m) {
             AppContext::Options options;
             options.profileDir = s.path("profiles") + QStringLiteral("/app");
             AppContext ctx(options, std::make_unique<MemoryKeystore>(),
                            std::make_unique<SystemClock>());
             Session session(ctx);
             // As from QML, a new string each time: the session wipes what it is given.
             const auto pass = [&m]() -> QString {
                 return QStringLiteral("typed ") + QString::fromLatin1(m);
             };
             session.createProfile(pass(), pass(), QStringLiteral("patient"));
             QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, 20000);
             session.lock();
             QCOMPARE(session.state(), Session::Locked);
             session.unlock(QStringLiteral("wrong ") + QString::fromLatin1(m));
             QTRY_VERIFY_WITH_TIMEOUT(!session.busy(), 20000);
             session.unlock(pass());
             QTRY_COMPARE_WITH_TIMEOUT(session.state(), Session::Unlocked, 20000);
         }},
        // A therapist's caseload on a second profile, and a hand-over file from it
        // into the main (patient's) profile. Labels and the focus never appear in plain; the
        // one-time code goes only to the person (stdout).
        {"caseload label",
         [](Sweep &s, const QByteArray &m) {
             QCOMPARE(s.ditc({QStringLiteral("--profile"), tablet(s), QStringLiteral("init"),
                              QStringLiteral("--role"), QStringLiteral("therapist"),
                              QStringLiteral("--no-confirm")},
                             kTablet + '\n')
                          .code,
                      0);
             auto ctx = openTablet(s);
             Caseload caseload(*ctx);
             const QString id = caseload.add(QString::fromLatin1(m));
             QVERIFY2(!id.isEmpty(), qPrintable(caseload.errorMessage()));
             QCOMPARE(caseload.labelOf(id), QString::fromLatin1(m));
             QVERIFY2(caseload.rename(id, QString::fromLatin1(m) + QStringLiteral(" b")),
                      qPrintable(caseload.errorMessage()));
         }},
        {"hand-over file",
         [](Sweep &s, const QByteArray &m) {
             QString patient;
             QString label; // confirmed with --for, as a script does (never in its output)
             {
                 auto ctx = openTablet(s);
                 auto all = PatientStore(ctx->store()->records()).all();
                 QVERIFY(all && !all.value().isEmpty());
                 patient = all.value().first().id;
                 label = all.value().first().label;
                 Focus f;
                 f.affect = QStringLiteral("shame ") + QString::fromLatin1(m);
                 f.session = 4;
                 f.writtenBy = QStringLiteral("therapist");
                 QVERIFY(FocusStore(ctx->store()->records()).save(f, patient));
             }
             const QString file = s.path("tmp") + QStringLiteral("/patient.dithandover");
             const test::Run exported =
                 s.ditc({QStringLiteral("--profile"), tablet(s), QStringLiteral("handover"),
                         QStringLiteral("export"), patient.left(8), QStringLiteral("--out"), file},
                        kTablet + '\n');
             QCOMPARE(exported.code, 0);
             const QByteArray code = exported.out.trimmed();
             QCOMPARE(code.size(), 14);
             const test::Run imported =
                 s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("handover"),
                         QStringLiteral("import"), file, QStringLiteral("--for"), label},
                        s.passphrase + '\n' + code + '\n');
             QVERIFY2(imported.code == 0, imported.err.constData());
             auto ctx = s.openInProcess();
             auto focus = FocusStore(ctx->store()->records()).current();
             QVERIFY(focus && focus.value());
             QVERIFY(focus.value()->focus.affect.contains(QString::fromLatin1(m)));
             // The file stays in the scan: it is encrypted, so the focus must not show.
         }},
    };
    return list;
}

class TestLeakSweep : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Sweep> m_sweep;

private Q_SLOTS:
    void initTestCase()
    {
        m_sweep = std::make_unique<Sweep>();
        QLoggingCategory::setFilterRules(QStringLiteral("dit.*=true"));
        s_previous = qInstallMessageHandler(collect);
    }

    void enterEveryInput()
    {
        for (const LeakInput &input : inputs()) {
            const QByteArray marker = m_sweep->newMarker(QString::fromLatin1(input.name));
            input.enter(*m_sweep, marker);
            if (QTest::currentTestFailed())
                QFAIL(input.name);
        }
    }

    void useTheApp()
    {
        Sweep &s = *m_sweep;
        // The app itself, on the locked profile and in its self-test.
        QCOMPARE(s.app({QStringLiteral("--profile"), s.profile(), QStringLiteral("--screenshot"),
                        s.path("tmp") + QStringLiteral("/locked.png")})
                     .code,
                 0);
        QCOMPARE(s.app({QStringLiteral("--self-test")}).code, 0);
        QFile::remove(s.path("tmp") + QStringLiteral("/locked.png")); // our own picture
        // A profile made and then deleted leaves nothing behind either.
        const QString doomed = s.path("profiles") + QStringLiteral("/doomed");
        const QByteArray pass = "doomed " + s.newMarker(QStringLiteral("deleted profile"));
        QCOMPARE(s.ditc({QStringLiteral("--profile"), doomed, QStringLiteral("init"),
                         QStringLiteral("--no-confirm")},
                        pass + '\n')
                     .code,
                 0);
        QCOMPARE(s.ditc({QStringLiteral("--profile"), doomed, QStringLiteral("stress-write"),
                         QStringLiteral("--count"), QStringLiteral("5"),
                         QStringLiteral("--marker-from-stdin")},
                        pass + '\n' + s.markers.last().second + '\n')
                     .code,
                 0);
        QCOMPARE(s.ditc({QStringLiteral("--profile"), doomed, QStringLiteral("wipe"),
                         QStringLiteral("--yes")},
                        {})
                     .code,
                 0);
        // A last full check of the main profile.
        QCOMPARE(s.ditc({QStringLiteral("--profile"), s.profile(), QStringLiteral("check")},
                        s.passphrase + '\n')
                     .code,
                 0);
    }

    void noMarkerAnywhere()
    {
        Sweep &s = *m_sweep;
        // The scanner itself must see what is there: a control file in the temporary folder.
        const QByteArray control = "LEAK-control-" + newRandomId().left(8).toLatin1();
        test::writeFile(s.path("tmp") + QStringLiteral("/control"),
                        "prefix " + control.toBase64() + " suffix");

        // Scan while a store is open too, so its WAL and index are searched with fresh writes.
        auto open = s.openInProcess();
        const QByteArray live = s.newMarker(QStringLiteral("write in the open WAL"));
        QVERIFY(open->store()->records().append(
            QStringLiteral("note"), {{QStringLiteral("text"), QString::fromLatin1(live)}}));
        QVERIFY(QFileInfo::exists(s.profile() + QStringLiteral("/store.db-wal")));

        QMap<QString, QByteArray> files;
        QDirIterator it(s.root.path(), QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            files.insert(file, test::readFile(file));
        }
        for (const QString &expected : QStringList{
                 s.profile() + QStringLiteral("/store.db"), s.profile() + QStringLiteral("/key"),
                 s.profile() + QStringLiteral("/store.db-wal"), s.backupFile("cli.ditbackup"),
                 s.backupFile("app.ditbackup")})
            QVERIFY2(files.contains(expected), qPrintable(expected));
        files.insert(QStringLiteral("<stdout and stderr of ditc and dit-companion>"),
                     s.processLogs.join(u'\n').toUtf8());
        files.insert(QStringLiteral("<this process's log>"), s_log.join(u'\n').toUtf8());
        QVERIFY(!s.processLogs.join(QString()).isEmpty());

        const auto hits = [&](const QByteArray &marker) {
            QStringList where;
            for (const QByteArray &form : encodingsOf(marker))
                for (auto f = files.cbegin(); f != files.cend(); ++f)
                    if (f.value().contains(form))
                        where << f.key() + QStringLiteral(" (as ") + QString::fromLatin1(form) +
                                     QLatin1Char(')');
            return where;
        };
        QVERIFY2(!hits(control).isEmpty(), "the scanner misses a base64 marker");

        QStringList leaks;
        for (const auto &[input, marker] : std::as_const(s.markers))
            for (const QString &where : hits(marker))
                leaks << input + QStringLiteral(": ") + where;
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
        qInfo("leak sweep: %lld markers through %lld inputs, %lld files and 2 logs searched",
              static_cast<long long>(s.markers.size()), static_cast<long long>(inputs().size()),
              static_cast<long long>(files.size() - 2));
    }

    void cleanupTestCase() { qInstallMessageHandler(s_previous); }
};

QTEST_GUILESS_MAIN(TestLeakSweep)
#include "tst_leak_sweep.moc"
