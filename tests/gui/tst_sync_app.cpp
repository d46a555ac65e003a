// Pairing and background sync as the app's pages drive them (SyncPairing, SyncRunner,
// SyncStatusView), between a therapist's and a patient's profile through a real PouchDB
// Server this test starts: the therapist provisions, the patient pairs with the typed code,
// both show the same four words, a form the patient saves reaches the therapist's dashboard
// after background passes, and unpairing on one side is seen on the other. Exit 77 (skipped,
// with the reason) only when node or pouchdb-server is missing.
#include "AppContext.h"
#include "NetworkHttpClient.h"
#include "PatientDashboard.h"
#include "SyncPairing.h"
#include "SyncRunner.h"
#include "SyncServer.h"
#include "SyncStatusView.h"
#include "SyncTestMain.h"
#include "TestSupport.h"
#include "caseload/PatientStore.h"
#include "measures/AnswerVector.h"
#include "measures/ClockWatch.h"
#include "measures/InstrumentCatalogue.h"
#include "measures/ResponseStore.h"
#include "sync/CouchDatabase.h"
#include "sync/Envelope.h"
#include "sync/Provisioning.h"
#include "sync/Rendezvous.h"
#include "testing/MemoryKeystore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace dit;

namespace {

std::unique_ptr<AppContext> profile(const QTemporaryDir &dir, const char *name, Role role,
                                    const QString &serviceDir = {})
{
    AppContext::Options options;
    options.profileDir = dir.filePath(QString::fromLatin1(name));
    options.serviceDir = serviceDir;
    auto ctx = std::make_unique<AppContext>(options, std::make_unique<MemoryKeystore>(),
                                            std::make_unique<SystemClock>());
    auto store =
        ctx->profile().create(test::secret("correct horse battery"), role, test::fastKdf());
    if (!store)
        qFatal("profile: %s", qPrintable(store.error().message));
    ctx->openStore(std::move(store.value()));
    return ctx;
}

// Asks for background passes (as the schedule would) until `done` holds or 30 s pass.
template <typename F> bool passUntil(AppContext &ctx, F done)
{
    QSignalSpy spy(&ctx.syncRunner(), &SyncRunner::statusChanged);
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 30000) {
        ctx.syncRunner().syncSoon();
        spy.wait(5000);
    }
    return done();
}

// The network, slowly: a pass takes long enough to lock in the middle of it.
class SlowHttp final : public sync::HttpClient
{
public:
    sync::HttpResponse send(const sync::HttpRequest &request) override
    {
        QThread::msleep(200);
        return m_inner.send(request);
    }

private:
    sync::NetworkHttpClient m_inner;
};

} // namespace

class TestSyncApp : public QObject
{
    Q_OBJECT

    // What the service's IT does on its own machine (`ditc server prepare`): one pair made
    // with the admin account, handed over as its slot text.
    QString preparedSlot(bool withRendezvous = false)
    {
        sync::NetworkHttpClient http;
        sync::Provisioning it(http, m_server.url(), m_server.adminName(), m_server.adminPassword());
        if (withRendezvous &&
            !it.prepareRendezvous(QStringLiteral("dit-rendezvous"),
                                  SecretBytes::copyOf(test::SyncServer::rendezvousPassword())))
            qFatal("could not prepare the rendezvous");
        std::vector<sync::PairingPayload> slots;
        if (!it.preparePairs(1, slots))
            qFatal("could not prepare a pair slot");
        return slots.front().typed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString problem;
        QVERIFY2(m_server.start(&problem), qPrintable(problem));
    }

    void badSlotKeepsNothing()
    {
        QTemporaryDir dir;
        auto therapist = profile(dir, "t", Role::Therapist);
        auto patient = PatientStore(therapist->store()->records()).add(QStringLiteral("A.K."));
        QVERIFY(patient);
        SyncPairing pairing(*therapist);
        QSignalSpy provisioned(&pairing, &SyncPairing::provisioned);
        // A slot cut short is caught by its checksum, before anything is kept.
        QString whole = preparedSlot();
        pairing.provision(patient.value().id, QStringLiteral("A.K."), whole.left(whole.size() - 4));
        QVERIFY(!pairing.errorMessage().isEmpty());
        QVERIFY(!pairing.hasCode());
        QCOMPARE(sync::PairStore(*therapist->store()).pairs().value().size(), 0);

        // A slot naming a server that is neither https nor this computer is refused.
        const sync::PairingPayload plain{QUrl(QStringLiteral("http://sync.example")),
                                         sync::PairKeys::newPairKey()};
        pairing.provision(patient.value().id, QStringLiteral("A.K."), plain.typed());
        QVERIFY(pairing.errorMessage().contains(QStringLiteral("https")));
        QCOMPARE(sync::PairStore(*therapist->store()).pairs().value().size(), 0);
        QCOMPARE(provisioned.count(), 0);
    }

    // The slot as a file: a wrong or damaged file keeps nothing and says why; the right one
    // makes the pair, and the page's "Delete the slot file" removes it (docs/SYNC.md).
    void slotFileIsTakenAndDeleted()
    {
        QTemporaryDir dir;
        auto therapist = profile(dir, "t", Role::Therapist);
        auto patient = PatientStore(therapist->store()->records()).add(QStringLiteral("A.K."));
        QVERIFY(patient);
        SyncPairing pairing(*therapist);
        QSignalSpy provisioned(&pairing, &SyncPairing::provisioned);
        auto file = [&](const char *name, const QByteArray &text) {
            const QString path = dir.filePath(QString::fromLatin1(name));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                qFatal("cannot write %s", name);
            return path;
        };
        const QByteArray header = "# DIT Companion pair slots\n";
        const QByteArray slot = preparedSlot().toLatin1();
        const QString several = file("several.txt", header + slot + "\n" + slot + "\n");
        pairing.provisionFromFile(patient.value().id, QStringLiteral("A.K."), several);
        QVERIFY2(pairing.errorMessage().contains(QStringLiteral("holds 2 pair slots")),
                 qPrintable(pairing.errorMessage()));
        pairing.provisionFromFile(patient.value().id, QStringLiteral("A.K."), dir.path());
        QVERIFY2(pairing.errorMessage().contains(QStringLiteral("not a regular file")),
                 qPrintable(pairing.errorMessage()));
        QCOMPARE(sync::PairStore(*therapist->store()).pairs().value().size(), 0);
        QCOMPARE(provisioned.count(), 0);
        QVERIFY(pairing.usedSlotFile().isEmpty());
        QVERIFY(QFile::exists(several)); // a refused file is left as it was

        const QString one = file("slot.txt", header + slot + "\n");
        pairing.provisionFromFile(patient.value().id, QStringLiteral("A.K."), one);
        QVERIFY2(provisioned.count() == 1, qPrintable(pairing.errorMessage()));
        QVERIFY(pairing.hasCode());
        QCOMPARE(sync::PairStore(*therapist->store()).pairs().value().size(), 1);
        QCOMPARE(pairing.usedSlotFile(), one);
        QVERIFY(pairing.deleteSlotFile());
        QVERIFY(!QFile::exists(one));
        QVERIFY(pairing.usedSlotFile().isEmpty());
        // The same patient again: already paired, whatever the file.
        pairing.provisionFromFile(patient.value().id, QStringLiteral("A.K."), several);
        QVERIFY(pairing.errorMessage().contains(QStringLiteral("already paired")));
        pairing.clear();
    }

    // The short code: the tablet shows it beside the QR code when the service names a
    // rendezvous on the pair's server; the phone types it, it is looked up off the UI thread,
    // and both show the same words. Wrong, used and unconfigured codes are said plainly.
    void shortCodePairs()
    {
        QTemporaryDir dir;
        const QString service = m_server.writeServiceFolder(dir.path());
        auto therapist = profile(dir, "t", Role::Therapist, service);
        auto phone = profile(dir, "p", Role::Patient, service);
        auto unconfigured = profile(dir, "u", Role::Patient);
        auto patient = PatientStore(therapist->store()->records()).add(QStringLiteral("B.L."));
        QVERIFY(patient);

        SyncPairing tablet(*therapist);
        QCOMPARE(tablet.serverAddress(), m_server.url().toString()); // the service's, until typed
        QSignalSpy provisioned(&tablet, &SyncPairing::provisioned);
        tablet.provision(patient.value().id, QStringLiteral("B.L."), preparedSlot(true));
        QVERIFY2(provisioned.count() == 1, qPrintable(tablet.errorMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(!tablet.makingShortCode(), 30000);
        const QString shortCode = tablet.shortCode();
        QVERIFY2(sync::ShortCode::parse(shortCode), qPrintable(tablet.shortCodeProblem()));
        QVERIFY(tablet.codeGroups().size() > 4); // the long code is still there
        QVERIFY(tablet.spokenShortCode().startsWith(QString(shortCode.at(0)) + u' '));

        // Without the service's settings a short code cannot be looked up: said plainly.
        SyncPairing lost(*unconfigured);
        QVERIFY(!lost.shortCodesAccepted());
        // checkCode wipes the code it is given, in place: each call gets its own copy.
        const auto copyOf = [](const QString &s) {
            return QString(s.constData(), s.size());
        };
        QVERIFY(!lost.checkCode(copyOf(shortCode)));
        QVERIFY(!lost.busy());
        QVERIFY2(lost.errorMessage().contains(QStringLiteral("long code")),
                 qPrintable(lost.errorMessage()));

        SyncPairing pairing(*phone);
        QVERIFY(pairing.shortCodesAccepted());
        QSignalSpy accepted(&pairing, &SyncPairing::codeAccepted);
        // A slip is caught at once, before the server is asked.
        QString slip = shortCode;
        slip[0] = slip[0] == u'A' ? u'B' : u'A';
        QVERIFY(!pairing.checkCode(slip));
        QVERIFY(!pairing.busy());
        QVERIFY(!pairing.errorMessage().isEmpty());
        // A well-formed code nobody made finds nothing.
        QVERIFY(!pairing.checkCode(sync::ShortCode::generate().typed()));
        QVERIFY(pairing.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!pairing.busy(), 20000);
        QCOMPARE(pairing.errorMessage(), sync::Rendezvous::notFoundMessage());
        QCOMPARE(accepted.size(), 0);
        // The right one, typed loosely: looked up, then the same words as the tablet.
        QVERIFY(!pairing.checkCode(shortCode.toLower().replace(QLatin1Char('-'), u' ')));
        QVERIFY(accepted.wait(20000));
        QCOMPARE(pairing.phrase(), tablet.phrase());
        QVERIFY(pairing.errorMessage().isEmpty());
        QVERIFY(pairing.confirmPairing());
        QVERIFY(SyncStatusView(*phone).paired());
        // One use: the same code again finds nothing.
        auto other = profile(dir, "p2", Role::Patient, service);
        SyncPairing second(*other);
        QVERIFY(!second.checkCode(copyOf(shortCode)));
        QTRY_VERIFY_WITH_TIMEOUT(!second.busy(), 20000);
        QCOMPARE(second.errorMessage(), sync::Rendezvous::notFoundMessage());

        // Opening the page again shows the QR and long code but publishes no short code for
        // the same key: a key goes to the meeting place once.
        tablet.clear();
        QVERIFY(tablet.showExisting(patient.value().id));
        QVERIFY(!tablet.makingShortCode());
        QVERIFY(tablet.shortCode().isEmpty());
        QVERIFY(!tablet.shortCodeProblem().isEmpty());
        QVERIFY(tablet.hasCode());
        const auto docs = [this] {
            return QJsonDocument::fromJson(
                       m_server.admin("GET", QStringLiteral("/dit-rendezvous/_all_docs")).body)
                .object()
                .value(QStringLiteral("rows"))
                .toArray()
                .size();
        };
        QCOMPARE(docs(), 0);
        tablet.clear();
    }

    void pairSyncAndUnpair()
    {
        QTemporaryDir dir;
        auto therapist = profile(dir, "t", Role::Therapist);
        auto phone = profile(dir, "p", Role::Patient);
        auto patient = PatientStore(therapist->store()->records()).add(QStringLiteral("A.K."));
        QVERIFY(patient);
        const QString patientId = patient.value().id;

        // The therapist provisions: the code three ways.
        SyncPairing tablet(*therapist);
        tablet.setServerAddress(m_server.url().toString());
        QCOMPARE(tablet.serverAddress(), m_server.url().toString()); // kept for next time
        QSignalSpy provisioned(&tablet, &SyncPairing::provisioned);
        tablet.provision(patientId, QStringLiteral("A.K."), preparedSlot());
        QVERIFY2(provisioned.count() == 1, qPrintable(tablet.errorMessage()));
        QVERIFY(tablet.hasCode());
        QCOMPARE(tablet.phrase().split(QLatin1Char(' ')).size(), 4);
        QVERIFY(tablet.qrWidth() >= 21);
        QCOMPARE(tablet.qrModules().size(), tablet.qrWidth() * tablet.qrWidth());
        QVERIFY(tablet.codeGroups().size() > 4);
        SyncStatusView tabletStatus(*therapist);
        tabletStatus.setSubject(patientId);
        QVERIFY(tabletStatus.paired());

        // The patient types the code (lower case, spaces for dashes) and sees the same words.
        SyncPairing pairing(*phone);
        QVERIFY(!pairing.checkCode(QStringLiteral("DITC-0000-0000")));
        QVERIFY(!pairing.errorMessage().isEmpty());
        QVERIFY(pairing.phrase().isEmpty());
        const QString typed = tablet.codeGroups().join(QLatin1Char(' ')).toLower();
        QVERIFY(pairing.checkCode(typed));
        QCOMPARE(pairing.phrase(), tablet.phrase());
        SyncStatusView phoneStatus(*phone);
        QVERIFY(!phoneStatus.paired()); // not before the person confirms
        QVERIFY(pairing.confirmPairing());
        QVERIFY(phoneStatus.paired());
        QVERIFY(pairing.phrase().isEmpty()); // the code is forgotten
        QSignalSpy phonePass(&phone->syncRunner(), &SyncRunner::statusChanged);
        QVERIFY(phonePass.wait(30000)); // pairing starts a first pass
        QVERIFY2(phoneStatus.line().startsWith(QStringLiteral("Last synced")),
                 qPrintable(phoneStatus.line()));
        // The pass kept the server's time from its real Date header (H16's reference): this
        // machine's clock and the server's agree within a minute.
        const QJsonObject serverTime =
            QJsonDocument::fromJson(phone->store()
                                        ->settings()
                                        .value(QString::fromLatin1(ClockWatch::kServerKey))
                                        .toUtf8())
                .object();
        QVERIFY(serverTime.value(QStringLiteral("utcMs")).isDouble());
        QVERIFY(qAbs(QDateTime::currentMSecsSinceEpoch() -
                     serverTime.value(QStringLiteral("utcMs")).toInteger()) < 60000);

        // Once each has the other's announcement, both show the same check words, and the
        // status asks to compare them; each person confirms on their own device.
        QVERIFY(passUntil(*therapist, [&] { return !tabletStatus.checkWords().isEmpty(); }));
        QVERIFY(passUntil(*phone, [&] { return !phoneStatus.checkWords().isEmpty(); }));
        QCOMPARE(phoneStatus.checkWords(), tabletStatus.checkWords());
        QCOMPARE(phoneStatus.checkWords().split(QLatin1Char(' ')).size(), 4);
        QVERIFY(phoneStatus.line().contains(QStringLiteral("compare the four check words")));
        QVERIFY(phoneStatus.hasProblem());
        QVERIFY(!phoneStatus.confirmed());
        QVERIFY(pairing.confirmWords({}));
        QVERIFY(tablet.confirmWords(patientId));
        QVERIFY(phoneStatus.confirmed());
        QVERIFY(tabletStatus.confirmed());
        QVERIFY(!phoneStatus.confirmedAt().isEmpty());
        QVERIFY(passUntil(*phone, [&] { return !phoneStatus.hasProblem(); }));
        // Each learns from the other's signed confirmation that its person confirmed too.
        QVERIFY(passUntil(*therapist, [&] { return tabletStatus.otherConfirmed(); }));
        QCOMPARE(tabletStatus.otherConfirmedAt(), phoneStatus.confirmedAt());
        QVERIFY(passUntil(*phone, [&] { return phoneStatus.otherConfirmed(); }));
        QCOMPARE(phoneStatus.otherConfirmedAt(), tabletStatus.confirmedAt());

        // A form saved on the phone reaches the therapist's dashboard by background passes.
        const auto catalogue = InstrumentCatalogue::builtIn();
        ResponseStore phoneResponses(phone->store()->records(), catalogue);
        auto answers = parseAnswerVector(*catalogue.find(QStringLiteral("phq9")),
                                         QStringLiteral("2,2,2,1,1,1,0,0,0"));
        QVERIFY(answers);
        QVERIFY(phoneResponses.submit(QStringLiteral("phq9"), 1, answers.value()));
        phone->syncRunner().setSaveDelayMs(50);
        // The save alone starts a pass (when the runner next looks for new records).
        phonePass.clear();
        QVERIFY(phonePass.wait(30000));

        PatientDashboard dashboard(*therapist);
        dashboard.setPatientId(patientId);
        QCOMPARE(dashboard.scores()->rowCount(), 0);
        ResponseStore tabletResponses(therapist->store()->records(), catalogue);
        QVERIFY(passUntil(*therapist,
                          [&] { return tabletResponses.current(patientId).value().size() == 1; }));
        QTRY_VERIFY(dashboard.scores()->rowCount() > 0); // reloaded by recordsChanged
        QVERIFY(tabletStatus.line().startsWith(QStringLiteral("Last synced")));

        // Someone with the pairing code announces a third device: the patient's page on the
        // tablet and the phone's Settings say so, with the alert, and what to do.
        {
            sync::PairStore pairs(*therapist->store());
            auto key = pairs.pairKey(pairs.pairs().value().first().id);
            QVERIFY(key);
            const sync::PairKeys keys(key.value());
            const sync::DeviceKey third = sync::DeviceKey::generate();
            const QString thirdId = QStringLiteral("cccccccccccccccccccccccccccccccc");
            sync::NetworkHttpClient http;
            sync::CouchDatabase asPair(http, m_server.url(), keys.databaseName(), keys.userName(),
                                       keys.password());
            const QJsonArray docs{sync::Envelope::sealDevice(keys, thirdId, Role::Patient,
                                                             third.publicKey, third.secretKey)};
            QVERIFY(asPair
                        .request("POST", QStringLiteral("_bulk_docs"), {},
                                 QJsonDocument(QJsonObject{{QStringLiteral("new_edits"), false},
                                                           {QStringLiteral("docs"), docs}}))
                        .response.ok());
        }
        const QString warning = QStringLiteral("another device tried to join this pairing");
        QVERIFY(passUntil(*therapist, [&] { return tabletStatus.line().contains(warning); }));
        QVERIFY(tabletStatus.hasProblem());
        QVERIFY(passUntil(*phone, [&] { return phoneStatus.line().contains(warning); }));
        QVERIFY(phoneStatus.hasProblem());

        // Locked in the middle of a pass: its result is dropped (the pass's own connection
        // ends alone), nothing runs while locked, and unlocking starts a pass again.
        SyncRunner &runner = phone->syncRunner();
        runner.setHttpFactory([] { return std::make_unique<SlowHttp>(); });
        QSignalSpy phoneEvents(&runner, &SyncRunner::statusChanged);
        runner.syncSoon();
        QTRY_VERIFY(runner.running());
        phone->closeStore();
        QVERIFY(!runner.running());
        QVERIFY(QThreadPool::globalInstance()->waitForDone(60000));
        QTest::qWait(200); // the dropped result's delivery
        QCOMPARE(phoneEvents.size(), 0);
        QVERIFY(!phoneStatus.paired()); // locked: nothing shown
        runner.setHttpFactory([] { return std::make_unique<sync::NetworkHttpClient>(); });
        auto again = phone->profile().unlock(test::secret("correct horse battery"));
        QVERIFY(again);
        phone->openStore(std::move(again.value()));
        QVERIFY(phoneStatus.paired());
        QVERIFY(phoneEvents.wait(30000)); // unlocking starts a pass

        // The phone unpairs; the tablet hears of it on its next pass.
        QSignalSpy unpaired(&pairing, &SyncPairing::unpaired);
        pairing.unpair({});
        QVERIFY(unpaired.wait(30000));
        QVERIFY(!phoneStatus.paired());
        QVERIFY(passUntil(*therapist, [&] { return !tabletStatus.paired(); }));
        QVERIFY2(tabletStatus.line().contains(QStringLiteral("other device unpaired")),
                 qPrintable(tabletStatus.line()));
    }

private:
    test::SyncServer m_server;
};

DIT_SYNC_SERVER_TEST_MAIN(TestSyncApp)

#include "tst_sync_app.moc"
