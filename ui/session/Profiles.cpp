#include "Profiles.h"

#include "AppContext.h"
#include "storage/HandedOver.h"
#include "storage/ProfileFolders.h"

#include <QFileInfo>

namespace dit {

Profiles::Profiles(AppContext &context, QObject *parent)
    : QObject(parent), m_ctx(context), m_list(this)
{
    connect(&m_ctx, &AppContext::profileSwitched, this, &Profiles::refresh);
    connect(&m_ctx, &AppContext::storeOpened, this, [this] {
        m_previous.clear(); // a profile is open: there is nowhere to go back to
        refresh();
    });
    connect(&m_ctx, &AppContext::storeClosed, this, &Profiles::refresh);
    refresh();
}

Profiles *Profiles::create(QQmlEngine *engine, QJSEngine *)
{
    auto *p = new Profiles(AppContext::of(engine));
    QJSEngine::setObjectOwnership(p, QJSEngine::CppOwnership);
    return p;
}

bool Profiles::available() const
{
    return !m_ctx.options().demo && !handedover::active(m_ctx.profile().directory());
}

bool Profiles::canSwitch() const
{
    return available() && !m_ctx.store();
}

QString Profiles::currentTitle() const
{
    // As the list titles it, never by the folder's name.
    const QString current = QFileInfo(m_ctx.profile().directory()).absoluteFilePath();
    for (const ProfileFolders::Entry &e : ProfileFolders::of(current).list()) {
        if (QFileInfo(e.path).absoluteFilePath() == current)
            return e.title;
    }
    return ProfileFolders::titleFor(QFileInfo(current).fileName());
}

void Profiles::refresh()
{
    const QString current = QFileInfo(m_ctx.profile().directory()).absoluteFilePath();
    QList<ProfileRow> rows;
    for (const ProfileFolders::Entry &e : ProfileFolders::of(current).list()) {
        const bool here = QFileInfo(e.path).absoluteFilePath() == current;
        rows.append({.path = e.path,
                     .title = e.title,
                     .detail = here        ? tr("Open now")
                               : e.damaged ? tr("Cannot be opened as it is")
                                           : tr("Locked with its own passphrase"),
                     .current = here,
                     .damaged = e.damaged});
    }
    m_list.setRows(rows);
    Q_EMIT changed();
}

bool Profiles::open(const QString &path)
{
    if (!canSwitch())
        return false;
    bool known = false;
    for (const ProfileRow &row : m_list.rows())
        known = known || row.path == path;
    if (!known)
        return false;
    m_previous.clear();
    m_ctx.switchProfile(path);
    return true;
}

bool Profiles::startNew()
{
    if (!canSwitch())
        return false;
    m_previous = m_ctx.profile().directory();
    m_ctx.switchProfile(ProfileFolders::of(m_previous).newProfilePath());
    Q_EMIT changed();
    return true;
}

bool Profiles::goBack()
{
    if (m_previous.isEmpty() || m_ctx.store())
        return false;
    const QString back = m_previous;
    m_previous.clear();
    m_ctx.switchProfile(back);
    return true;
}

} // namespace dit
