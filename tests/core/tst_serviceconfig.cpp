// The service configuration: UK crisis defaults always present; a bad file is named, not used,
// with every problem in it listed; a whole service folder is checked at once.
#include "TestSupport.h"
#include "service/ServiceCheck.h"
#include "service/ServiceConfig.h"

#include <QTest>

using namespace dit;

namespace {
// A valid file with this "sync" section. Plain literals: moc misreads raw strings.
QByteArray withSync(const char *sync)
{
    return QByteArray("{\"format\": \"dit-companion-service\", \"version\": 1, "
                      "\"crisis\": {\"contacts\": [{\"name\": \"X\", \"action\": "
                      "\"call\", \"number\": \"999\"}]}, \"sync\": ") +
           sync + "}";
}
} // namespace

class TestServiceConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // docs/CLINICAL_SAFETY.md: UK defaults are 999, NHS 111, Samaritans 116 123, Shout text 85258.
    void builtInUkDefaults()
    {
        const ServiceConfig c = ServiceConfig::builtIn();
        QStringList numbers;
        for (const CrisisContact &k : c.crisisContacts())
            numbers << k.number;
        QCOMPARE(numbers, (QStringList{QStringLiteral("999"), QStringLiteral("111"),
                                       QStringLiteral("116 123"), QStringLiteral("85258")}));
        QCOMPARE(c.crisisContacts().at(2).dialUri(), QStringLiteral("tel:116123"));
        QCOMPARE(c.crisisContacts().at(3).action, CrisisContact::Action::Text);
        QCOMPARE(c.crisisContacts().at(3).dialUri(), QStringLiteral("sms:85258?body=SHOUT"));
        QVERIFY(!c.crisisIntro().isEmpty());
        // NHS England's urgent mental health advice: call 111 and choose the mental health
        // option.
        QVERIFY(c.crisisContacts().at(1).detail.contains(QStringLiteral("mental health option")));
    }

    void missingFolderFileGivesBuiltIn()
    {
        QTemporaryDir dir;
        auto c = ServiceConfig::loadFromFolder(dir.path());
        QVERIFY(c);
        QCOMPARE(c.value().crisisContacts().size(), 4);
    }

    void serviceFileReplacesContacts()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("service.json")), R"({
            "format": "dit-companion-service", "version": 1, "serviceName": "Northtown Talking Therapies",
            "crisis": {"intro": "Call us.", "contacts": [
                {"name": "Crisis line", "detail": "24 hours", "action": "call", "number": "0800 000 0000"}]}})");
        auto c = ServiceConfig::loadFromFolder(dir.path());
        QVERIFY2(c, qPrintable(c.error().message));
        QCOMPARE(c.value().serviceName(), QStringLiteral("Northtown Talking Therapies"));
        QCOMPARE(c.value().crisisContacts().size(), 1);
        QCOMPARE(c.value().crisisContacts().first().dialUri(), QStringLiteral("tel:08000000000"));
    }

    // Where the crisis page puts each contact: 999 (or 112, 911) is the emergency number
    // unless told otherwise; the service's own line and the therapist only when named.
    void contactKinds()
    {
        const ServiceConfig builtIn = ServiceConfig::builtIn();
        QCOMPARE(builtIn.crisisContacts().at(0).kind, CrisisContact::Kind::Emergency);
        for (int i = 1; i < 4; ++i)
            QCOMPARE(builtIn.crisisContacts().at(i).kind, CrisisContact::Kind::Helpline);
        auto c = ServiceConfig::parse(
            "{\"format\": \"dit-companion-service\", \"version\": 1, \"crisis\": {\"contacts\": ["
            "{\"name\": \"Samaritans\", \"action\": \"call\", \"number\": \"116 123\"},"
            "{\"name\": \"Your therapist's team\", \"action\": \"call\", \"number\": "
            "\"0113 000 0000\", \"kind\": \"therapist\"},"
            "{\"name\": \"Emergency\", \"action\": \"call\", \"number\": \"112\"},"
            "{\"name\": \"Northtown duty line\", \"action\": \"call\", \"number\": "
            "\"0113 000 0001\", \"kind\": \"service\"}]}}",
            QStringLiteral("service.json"));
        QVERIFY2(c, qPrintable(c.error().message));
        const QList<CrisisContact> &k = c.value().crisisContacts();
        QCOMPARE(k.at(0).kind, CrisisContact::Kind::Helpline);
        QCOMPARE(k.at(1).kind, CrisisContact::Kind::Therapist);
        QCOMPARE(k.at(2).kind, CrisisContact::Kind::Emergency);
        QCOMPARE(k.at(3).kind, CrisisContact::Kind::Service);
        auto bad = ServiceConfig::parse(
            "{\"format\": \"dit-companion-service\", \"version\": 1, \"crisis\": {\"contacts\": ["
            "{\"name\": \"X\", \"action\": \"call\", \"number\": \"999\", \"kind\": "
            "\"friend\"}]}}",
            QStringLiteral("service.json"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QStringLiteral("crisis.contacts[0]: \"kind\"")),
                 qPrintable(bad.error().message));
    }

    void malformedFilesAreNamedWithTheProblem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
        QTest::newRow("wrong format")
            << QByteArray(R"({"format": "x", "version": 1})") << QStringLiteral("\"format\"");
        QTest::newRow("no contacts")
            << QByteArray(R"({"format": "dit-companion-service", "version": 1, "crisis": {}})")
            << QStringLiteral("at least one contact");
        QTest::newRow("bad number")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": "X", "action": "call", "number": "call me"}]}})")
            << QStringLiteral("crisis.contacts[0]: \"number\"");
        QTest::newRow("bad action")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": "X", "action": "email", "number": "999"}]}})")
            << QStringLiteral("\"action\"");
        QTest::newRow("no name")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": " ", "action": "call", "number": "999"}]}})")
            << QStringLiteral("crisis.contacts[0]: \"name\" is missing");
        QTest::newRow("number too short")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": "X", "action": "call", "number": "12"}]}})")
            << QStringLiteral("crisis.contacts[0]: \"number\"");
        QTest::newRow("number too long")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": "X", "action": "text", "number": "1234567890123456"}]}})")
            << QStringLiteral("crisis.contacts[0]: \"number\"");
        // A number written as a JSON number is not silently read as text or as 0.
        QTest::newRow("number not text")
            << QByteArray(
                   R"({"format": "dit-companion-service", "version": 1, "crisis": {"contacts": [
                {"name": "X", "action": "call", "number": 999}]}})")
            << QStringLiteral("crisis.contacts[0]: \"number\"");
        QTest::newRow("version 1.5")
            << QByteArray(R"({"format": "dit-companion-service", "version": 1.5})")
            << QStringLiteral("\"version\"");
        QTest::newRow("version 1e308")
            << QByteArray(R"({"format": "dit-companion-service", "version": 1e308})")
            << QStringLiteral("\"version\"");
        QTest::newRow("sync not an object") << withSync("3") << QStringLiteral("\"sync\" must");
        QTest::newRow("sync server plain http")
            << withSync("{\"server\": \"http://sync.example.org\"}")
            << QStringLiteral("\"sync.server\" must be an https");
        QTest::newRow("rendezvous without password")
            << withSync("{\"server\": \"https://s.example\", \"rendezvous\": {\"user\": \"r\"}}")
            << QStringLiteral("needs a \"user\" and a \"password\"");
        QTest::newRow("rendezvous without server")
            << withSync("{\"rendezvous\": {\"user\": \"r\", \"password\": \"p\"}}")
            << QStringLiteral("needs \"sync.server\"");
    }

    // The sync section is optional; given, it names the server and the short-code account.
    void syncSectionIsRead()
    {
        QCOMPARE(ServiceConfig::builtIn().sync().hasRendezvous(), false);
        auto c = ServiceConfig::parse(
            withSync("{\"server\": \"https://sync.example.org/couch\", \"rendezvous\": "
                     "{\"user\": \"dit-rendezvous\", \"password\": \"open sesame\"}}"),
            QStringLiteral("service.json"));
        QVERIFY2(c, qPrintable(c.error().message));
        QCOMPARE(c.value().sync().server, QUrl(QStringLiteral("https://sync.example.org/couch")));
        QCOMPARE(c.value().sync().rendezvousUser, QStringLiteral("dit-rendezvous"));
        QCOMPARE(c.value().sync().rendezvousPassword, QStringLiteral("open sesame"));
        QVERIFY(c.value().sync().hasRendezvous());
    }

    void malformedFilesAreNamedWithTheProblem()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("service.json"));
        test::writeFile(path, json);
        auto c = ServiceConfig::loadFromFolder(dir.path());
        QVERIFY(!c);
        QVERIFY2(c.error().message.startsWith(path), qPrintable(c.error().message));
        QVERIFY2(c.error().message.contains(problem), qPrintable(c.error().message));
    }

    // Every problem is listed, not only the first: `ditc service check` and Settings show them
    // all, each naming the file and the field.
    void everyProblemIsListed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("service.json"));
        test::writeFile(path, withSync("{\"server\": \"http://sync.example.org\"}")
                                  .replace("\"name\": \"X\"", "\"name\": \"\"")
                                  .replace("\"999\"", "\"99\""));
        const QStringList problems = ServiceConfig::problemsIn(dir.path());
        QCOMPARE(problems.size(), 3);
        for (const QString &p : problems)
            QVERIFY2(p.startsWith(path), qPrintable(p));
        QVERIFY(problems.at(0).contains(QStringLiteral("crisis.contacts[0]: \"name\"")));
        QVERIFY(problems.at(1).contains(QStringLiteral("crisis.contacts[0]: \"number\"")));
        QVERIFY(problems.at(2).contains(QStringLiteral("\"sync.server\"")));
        auto refused = ServiceConfig::loadFromFolder(dir.path());
        QVERIFY(!refused);
        QCOMPARE(refused.error().message.split(QLatin1Char('\n')), problems);
    }

    // The whole folder: service.json, measures.json, instruments/ and learn/ problems together;
    // a sound folder (the built-in resources laid out as a service's) has none.
    void serviceFolderCheck()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("service.json")),
                        withSync("{}").replace("\"999\"", "\"call us\""));
        test::writeFile(dir.filePath(QStringLiteral("measures.json")),
                        R"({"format": "dit-companion-measures", "version": 1,
                            "formOpensHoursBefore": 1e308})");
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("instruments"))));
        test::writeFile(dir.filePath(QStringLiteral("instruments/extra.json")), "{ nope");
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("learn"))));
        test::writeFile(dir.filePath(QStringLiteral("learn/piece.md")),
                        "---\nauthor: someone\n---\nText.\n");
        const QStringList problems = checkServiceFolder(dir.path());
        const QString all = problems.join(QLatin1Char('\n'));
        QCOMPARE(problems.size(), 4);
        QVERIFY2(all.contains(QStringLiteral("service.json: crisis.contacts[0]: \"number\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("measures.json: \"formOpensHoursBefore\"")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("extra.json")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("piece.md")), qPrintable(all));

        QTemporaryDir sound;
        test::writeFile(sound.filePath(QStringLiteral("service.json")), withSync("{}"));
        QVERIFY(checkServiceFolder(sound.path()).isEmpty());
        QCOMPARE(checkServiceFolder(sound.filePath(QStringLiteral("absent"))).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServiceConfig)
#include "tst_serviceconfig.moc"
