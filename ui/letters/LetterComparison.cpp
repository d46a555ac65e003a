#include "LetterComparison.h"

#include "AppContext.h"
#include "LetterChanges.h"
#include "letters/LetterStore.h"

#include <QLocale>

namespace dit {

LetterComparison::LetterComparison(QObject *parent) : QObject(parent), m_sections(this)
{
    m_sections.setTint(m_tint.name());
}

LetterComparison::LetterComparison(AppContext &context, QObject *parent) : LetterComparison(parent)
{
    useContext(context);
}

void LetterComparison::classBegin()
{
    useContext(AppContext::ofQmlObject(this));
}

void LetterComparison::useContext(AppContext &context)
{
    m_ctx = &context;
    connect(m_ctx, &AppContext::recordsChanged, this, [this](const QString &kind) {
        if (letters::isLetterKind(kind))
            reload();
    });
}

void LetterComparison::setLetterId(const QString &id)
{
    if (id != m_letterId) {
        m_letterId = id;
        reload();
    }
}

void LetterComparison::setFromVersion(const QString &id)
{
    if (id != m_from) {
        m_from = id;
        reload();
    }
}

void LetterComparison::setToVersion(const QString &id)
{
    if (id != m_to) {
        m_to = id;
        reload();
    }
}

void LetterComparison::setTint(const QColor &c)
{
    if (c != m_tint) {
        m_tint = c;
        m_sections.setTint(m_tint.name());
        Q_EMIT tintChanged();
    }
}

void LetterComparison::reload()
{
    m_available = false;
    m_summary.clear();
    m_fromLabel.clear();
    m_toLabel.clear();
    m_versions.clear();
    Store *store = m_ctx ? m_ctx->store() : nullptr;
    auto finish = [this] {
        if (!m_available)
            m_sections.set({});
        Q_EMIT changed();
    };
    if (!store || m_letterId.isEmpty())
        return finish();
    LetterStore letters(store->records());
    auto all = letters.versions(m_letterId);
    if (!all || all.value().size() < 2)
        return finish();
    const QList<LetterVersion> &versions = all.value();
    const auto numberOf = [&versions](const QString &id) {
        for (int i = 0; i < versions.size(); ++i)
            if (versions.at(i).record.id == id)
                return i;
        return -1;
    };
    for (int i = 0; i < versions.size(); ++i)
        m_versions.append(QVariantMap{{QStringLiteral("id"), versions.at(i).record.id},
                                      {QStringLiteral("label"), tr("Version %1").arg(i + 1)}});
    QString to = m_to;
    if (numberOf(to) < 0) {
        auto current = letters.currentVersion(m_letterId);
        if (!current)
            return finish();
        to = current.value().record.id;
    }
    QString from = m_from;
    if (numberOf(from) < 0 || from == to)
        from = versions.at(numberOf(to)).record.parent;
    if (numberOf(from) < 0) // the first version has no parent: compare with the next one
        from = versions.at(0).record.id == to ? versions.at(1).record.id : versions.at(0).record.id;
    const int a = numberOf(from), b = numberOf(to);
    const letters::LetterDiff diff =
        letters::compareLetters(versions.at(a).letter, versions.at(b).letter);
    m_sections.set(diff);
    m_fromLabel = tr("Version %1").arg(a + 1);
    m_toLabel = tr("Version %1").arg(b + 1);
    // Which sections changed, by name: never a count of additions and removals.
    QStringList changed;
    for (int i = 0; i < m_sections.rowCount(); ++i) {
        const QModelIndex row = m_sections.index(i);
        if (m_sections.data(row, LetterDiffModel::ChangeRole).toString() != QLatin1String("same"))
            changed << m_sections.data(row, LetterDiffModel::HeadingRole).toString();
    }
    m_summary =
        changed.isEmpty()
            ? tr("The words of version %1 are the same as version %2.").arg(b + 1).arg(a + 1)
            : tr("Version %1, compared with version %2. Changed: %3.")
                  .arg(b + 1)
                  .arg(a + 1)
                  .arg(QLocale().createSeparatedList(changed));
    m_available = true;
    finish();
}

} // namespace dit
