// Makes a profile at an older schema version for tests/core/tst_migrations.cpp.
// Usage: make_fixture SCHEMA_VERSION OUTPUT_DIR
// Run it once, when a migration is added, with the code of that time; commit the result
// under tests/fixtures/schema-vN/ and never regenerate it afterwards.
#include "common/Clock.h"
#include "storage/Profile.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

using namespace dit;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: make_fixture SCHEMA_VERSION OUTPUT_DIR\n");
        return 2;
    }
    const int version = QString::fromLocal8Bit(argv[1]).toInt();
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    Profile profile(QString::fromLocal8Bit(argv[2]), clock);
    QString pass = QStringLiteral("fixture passphrase v%1").arg(version);
    auto store = profile.create(SecretBytes::fromPassphrase(pass), Role::Patient,
                                KdfParams::forTests(), version);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(store.error().message));
        return 1;
    }
    // Known contents the migration test checks survive: two versions of one note and a
    // setting. Keep this list in step with tst_migrations.cpp.
    auto first = store.value()->records().append(
        QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("fixture note")}});
    clock.advanceSeconds(60);
    auto second = store.value()->records().append(
        QStringLiteral("note"), {{QStringLiteral("text"), QStringLiteral("fixture note, edited")}},
        {}, first.value().id);
    if (!first || !second ||
        !store.value()->settings().setValue(QStringLiteral("autolock"), QStringLiteral("7")))
        return 1;
    if (!store.value()->database().checkpoint())
        return 1;
    std::printf("fixture at schema %d in %s\n", version, argv[2]);
    return 0;
}
