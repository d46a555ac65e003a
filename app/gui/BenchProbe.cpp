#include "BenchProbe.h"

#include "AppContext.h"
#include "FrameProbe.h"
#include "Session.h"
#include "crypto/PassphraseKdf.h"
#include "storage/KeyFile.h"

#include <QCoreApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>

#include <cstdio>
#include <cstring>
#include <utility>

namespace dit {

namespace {

void finish(int code)
{
    QCoreApplication::exit(code);
}

void openPage(QQuickWindow *window, const QString &page)
{
    const qint64 start = probe::monotonicNs();
    QMetaObject::invokeMethod(window, "showPage", Q_ARG(QVariant, page));
    probe::afterNextFrame(window, [start](qint64 ns) {
        probe::reportValue("page", double(ns - start) / 1e6);
        probe::report("page-frame", ns);
        finish(0);
    });
}

void unlockThenOpen(QQmlApplicationEngine &engine, QQuickWindow *window, const QString &page)
{
    char line[1024] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return finish(2);
    line[std::strcspn(line, "\n")] = '\0';
    QString passphrase = QString::fromUtf8(line);
    std::memset(line, 0, sizeof line);
    auto keyFile = KeyFile::read(AppContext::of(&engine).profile().keyFilePath());
    if (!keyFile)
        return finish(2);
    // The baseline: the KDF alone, with the key file's parameters, in this process.
    {
        // fromText: the passphrase is still needed to unlock below (wiping would zero it).
        const SecretBytes secret = SecretBytes::fromText(passphrase);
        const qint64 start = probe::monotonicNs();
        const bool derived = bool(deriveKey(secret, keyFile.value().kdfParams()));
        probe::reportValue("kdf", double(probe::monotonicNs() - start) / 1e6);
        if (!derived)
            return finish(2);
    }
    auto *session =
        engine.singletonInstance<Session *>(qmlTypeId("org.ditcompanion.app", 1, 0, "Session"));
    if (!session)
        return finish(2);
    const qint64 start = probe::monotonicNs();
    QObject::connect(session, &Session::errorMessageChanged, window, [session] {
        if (!session->errorMessage().isEmpty()) {
            std::fprintf(stderr, "bench probe: unlock failed\n");
            finish(3);
        }
    });
    // Busy ends when the store is open (KDF and the core's unlock done, on a worker thread)
    // just before the app reacts to it: from here to the home frame is the app's own part.
    QObject::connect(session, &Session::busyChanged, window, [session, start] {
        if (!session->busy())
            probe::reportValue("opened", double(probe::monotonicNs() - start) / 1e6);
    });
    QObject::connect(session, &Session::stateChanged, window, [=] {
        if (session->state() != Session::Unlocked)
            return;
        QObject::disconnect(session, nullptr, window, nullptr);
        probe::afterNextFrame(window, [=](qint64 ns) {
            probe::reportValue("unlock", double(ns - start) / 1e6);
            probe::report("home", ns);
            if (page.isEmpty())
                return finish(0);
            openPage(window, page);
        });
    });
    session->unlock(std::move(passphrase));
}

} // namespace

void startBenchProbe(QQmlApplicationEngine &engine, QQuickWindow *window)
{
    const QByteArray mode = qgetenv("DIT_BENCH_PROBE");
    if (mode.isEmpty())
        return;
    const QString page = qEnvironmentVariable("DIT_BENCH_PAGE");
    probe::afterNextFrame(window, [&engine, window, mode, page](qint64 ns) {
        probe::report("first-frame", ns);
        if (mode == "unlock")
            unlockThenOpen(engine, window, page);
        else
            finish(0);
    });
}

} // namespace dit
