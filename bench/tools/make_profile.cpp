// dit-bench-profile DIR WEEKS [--fast-kdf]: a profile for scripts/bench.sh with the demo's
// finished 16-session course and WEEKS weekly forms of four instruments (demo::fillHistory).
// The passphrase is read from stdin. --fast-kdf uses the test KDF parameters, for figures
// that are not about unlocking (so the 128 MiB Argon2id buffer is not in their peak memory).
// Without it the passes are calibrated on this machine as the app does when it makes a
// profile (KdfCalibration), and "kdfpasses N" is printed for the bench's report.
// With --caseload, a therapist's profile instead, WEEKS being the number of patients
// (demo::fillCaseload, seed 1).
#include "crypto/KdfCalibration.h"
#include "demo/DemoData.h"
#include "storage/Profile.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace dit;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    bool weeksOk = false;
    const int weeks = args.value(2).toInt(&weeksOk);
    if (args.size() < 3 || !weeksOk || weeks < 0 || weeks > 1000) {
        std::fprintf(stderr,
                     "usage: dit-bench-profile DIR WEEKS [--fast-kdf] [--caseload] < passphrase\n");
        return 2;
    }
    std::string line;
    std::getline(std::cin, line);
    QString text = QString::fromStdString(line);
    const SecretBytes passphrase = SecretBytes::fromPassphrase(text);
    SystemClock clock;
    Profile profile(args.at(1), clock);
    const bool fast = args.contains(QStringLiteral("--fast-kdf"));
    const KdfParams kdf = fast ? KdfParams::forTests()
                               : KdfCalibration::calibrated(&KdfCalibration::timeDerivationMs);
    if (!fast)
        std::printf("kdfpasses %llu\n", static_cast<unsigned long long>(kdf.opsLimit));
    const bool caseload = args.contains(QStringLiteral("--caseload"));
    auto store = profile.create(passphrase, caseload ? Role::Therapist : Role::Patient, kdf);
    if (!store) {
        std::fprintf(stderr, "dit-bench-profile: %s\n", qPrintable(store.error().message));
        return 1;
    }
    const QDateTime now = clock.now();
    Status filled = caseload ? demo::fillCaseload(*store.value(), now, weeks, 1)
                             : demo::fillCourse(*store.value(), now, demo::Stage::After);
    if (filled && !caseload)
        filled = demo::fillHistory(*store.value(), now, weeks);
    if (!filled) {
        std::fprintf(stderr, "dit-bench-profile: %s\n", qPrintable(filled.error().message));
        return 1;
    }
    return 0;
}
