#include "CrisisContactsModel.h"

#include <QDesktopServices>
#include <QUrl>

#include <algorithm>

namespace dit {

namespace {
// The rows of the service's list in the page's order (the Kind enum is declared in it).
// Worked out each time: a handful of contacts, and never stale if the configuration changes.
QList<int> pageOrder(const ServiceConfig &config)
{
    const QList<CrisisContact> &all = config.crisisContacts();
    QList<int> order;
    for (int i = 0; i < int(all.size()); ++i)
        order.append(i);
    std::stable_sort(order.begin(), order.end(),
                     [&all](int a, int b) { return all.at(a).kind < all.at(b).kind; });
    return order;
}
} // namespace

CrisisContactsModel::CrisisContactsModel(const ServiceConfig &service, QObject *parent)
    : QAbstractListModel(parent), m_service(service)
{}

const CrisisContact &CrisisContactsModel::at(int row) const
{
    return m_service.crisisContacts().at(pageOrder(m_service).at(row));
}

int CrisisContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_service.crisisContacts().size());
}

QVariant CrisisContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrisisContact &c = at(index.row());
    const bool text = c.action == CrisisContact::Action::Text;
    switch (role) {
    case NameRole:
        return c.name;
    case DetailRole:
        return c.detail;
    case NumberRole:
        return c.number;
    case ActionLabelRole:
        if (!text)
            return tr("Call %1").arg(c.number);
        return c.message.isEmpty() ? tr("Text %1").arg(c.number)
                                   : tr("Text %1 to %2").arg(c.message, c.number);
    case UriRole:
        return c.dialUri();
    case IsTextRole:
        return text;
    case KindRole:
        switch (c.kind) {
        case CrisisContact::Kind::Emergency:
            return QStringLiteral("emergency");
        case CrisisContact::Kind::Service:
            return QStringLiteral("service");
        case CrisisContact::Kind::Therapist:
            return QStringLiteral("therapist");
        case CrisisContact::Kind::Helpline:
            return QStringLiteral("helpline");
        }
        return {};
    default:
        return {};
    }
}

QHash<int, QByteArray> CrisisContactsModel::roleNames() const
{
    return {{NameRole, "name"},     {DetailRole, "detail"},
            {NumberRole, "number"}, {ActionLabelRole, "actionLabel"},
            {UriRole, "uri"},       {IsTextRole, "isText"},
            {KindRole, "kind"}};
}

QString CrisisContactsModel::intro() const
{
    return m_service.crisisIntro();
}

QString CrisisContactsModel::serviceName() const
{
    return m_service.serviceName();
}

bool CrisisContactsModel::contact(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    return QDesktopServices::openUrl(QUrl(at(row).dialUri()));
}

} // namespace dit
