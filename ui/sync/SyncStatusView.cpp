#include "SyncStatusView.h"

#include "AppContext.h"
#include "SyncRunner.h"
#include "sync/PairStore.h"
#include "sync/Pairing.h"
#include "sync/SyncSchedule.h"

#include <QLocale>

namespace dit {

SyncStatusView::SyncStatusView(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context)
{
    connect(&m_ctx, &AppContext::storeOpened, this, &SyncStatusView::reload);
    connect(&m_ctx, &AppContext::storeClosed, this, &SyncStatusView::reload);
    connect(&m_ctx.syncRunner(), &SyncRunner::statusChanged, this, &SyncStatusView::reload);
    reload();
}

SyncStatusView *SyncStatusView::create(QQmlEngine *, QJSEngine *engine)
{
    auto *o = new SyncStatusView(AppContext::of(engine));
    QJSEngine::setObjectOwnership(o, QJSEngine::CppOwnership);
    return o;
}

void SyncStatusView::setSubject(const QString &subject)
{
    if (subject == m_subject)
        return;
    m_subject = subject;
    reload();
}

void SyncStatusView::reload()
{
    m_paired = false;
    m_problem = false;
    m_line.clear();
    m_checkWords.clear();
    m_confirmedAt.clear();
    m_otherConfirmedAt.clear();
    const auto shownTime = [](const QDateTime &at) {
        return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    };
    if (Store *store = m_ctx.store()) {
        sync::PairStore pairs(*store);
        auto all = pairs.pairs();
        if (all) {
            // The newest pair for this subject: an active one if there is one.
            const sync::Pair *shown = nullptr;
            for (const sync::Pair &p : all.value())
                if (p.subject == m_subject && (!shown || p.state == sync::Pair::State::Active ||
                                               shown->state != sync::Pair::State::Active))
                    shown = &p;
            if (shown) {
                m_paired = shown->state == sync::Pair::State::Active;
                m_problem = !shown->lastFailure.isEmpty();
                m_line = sync::statusLine(*shown, m_ctx.clock().now());
                if (m_paired)
                    if (auto c = sync::pairConfirmation(pairs, shown->id); c) {
                        m_checkWords = c.value().checkWords;
                        if (c.value().confirmedAt)
                            m_confirmedAt = shownTime(*c.value().confirmedAt);
                        if (c.value().otherConfirmedAt)
                            m_otherConfirmedAt = shownTime(*c.value().otherConfirmedAt);
                    }
            }
        }
    }
    m_note = sync::notMonitoredNote();
    Q_EMIT changed();
}

} // namespace dit
