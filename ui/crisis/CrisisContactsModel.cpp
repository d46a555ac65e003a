#include "CrisisContactsModel.h"

#include <QDesktopServices>
#include <QUrl>

namespace dit {

CrisisContactsModel::CrisisContactsModel(const ServiceConfig &service, QObject *parent)
    : QAbstractListModel(parent), m_service(service)
{}

int CrisisContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_service.crisisContacts().size());
}

QVariant CrisisContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrisisContact &c = m_service.crisisContacts().at(index.row());
    const bool text = c.action == CrisisContact::Action::Text;
    switch (role) {
    case NameRole:
        return c.name;
    case DetailRole:
        return c.detail;
    case NumberRole:
        return c.number;
    case ActionLabelRole:
        return text ? tr("Text %1").arg(c.number) : tr("Call %1").arg(c.number);
    case UriRole:
        return c.dialUri();
    case IsTextRole:
        return text;
    default:
        return {};
    }
}

QHash<int, QByteArray> CrisisContactsModel::roleNames() const
{
    return {{NameRole, "name"},     {DetailRole, "detail"},
            {NumberRole, "number"}, {ActionLabelRole, "actionLabel"},
            {UriRole, "uri"},       {IsTextRole, "isText"}};
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
    return QDesktopServices::openUrl(QUrl(m_service.crisisContacts().at(row).dialUri()));
}

} // namespace dit
