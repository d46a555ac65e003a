#include "Unlock.h"

#include "Keystore.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>

namespace dit::cli {

namespace {
// How long ditc waits for the keyring to answer before going on without it.
constexpr int kKeyringWaitMs = 5000;
} // namespace

AttemptCopy::AttemptCopy(Profile &profile) : m_profile(profile), m_keystore(makeKeystore())
{
    if (!m_keystore || !m_keystore->isAvailable()) {
        m_keystore.reset();
        return;
    }
    m_profile.useKeystore(m_keystore.get(), nullptr);
    // Shared with the answer, which may come after the wait has given up.
    auto answered = std::make_shared<bool>(false);
    QEventLoop loop;
    QPointer<QEventLoop> waiting(&loop);
    m_profile.loadAttemptCopy([answered, waiting] {
        *answered = true;
        if (waiting)
            waiting->quit();
    });
    if (!*answered) {
        QTimer::singleShot(kKeyringWaitMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
}

AttemptCopy::~AttemptCopy()
{
    if (!m_keystore)
        return;
    const QDeadlineTimer deadline(kKeyringWaitMs);
    while (m_profile.attemptCopyWritesPending() && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_profile.useKeystore(nullptr, nullptr);
}

Result<std::unique_ptr<Store>> openProfile(Context &ctx, Profile &profile)
{
    const auto found = profile.inspect();
    if (found.state == Profile::State::Missing)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("no profile in %1").arg(ctx.profileDir));
    if (found.state == Profile::State::Damaged)
        return makeError(ErrorCode::Damaged, found.problem);
    auto passphrase = ctx.readSecret("Passphrase");
    if (!passphrase)
        return passphrase.error();
    const AttemptCopy copy(profile);
    return profile.unlock(passphrase.value());
}

} // namespace dit::cli
