// The service configuration: UK crisis defaults always present; a bad file is named, not used.
#include "TestSupport.h"
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
    // DESIGN.md §4: UK defaults are 999, NHS 111, Samaritans 116 123, Shout text 85258.
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
};

QTEST_GUILESS_MAIN(TestServiceConfig)
#include "tst_serviceconfig.moc"
