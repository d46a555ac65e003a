#include "CrisisContactsModel.h"

#include "AppContext.h"

#include <QDesktopServices>
#include <QUrl>

namespace dit {

namespace {
const ServiceConfig &config()
{
    return AppContext::instance()->service();
}
} // namespace

CrisisContactsModel::CrisisContactsModel(QObject *parent) : QAbstractListModel(parent) {}

int CrisisContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(config().crisisContacts().size());
}

QVariant CrisisContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CrisisContact &c = config().crisisContacts().at(index.row());
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
    return config().crisisIntro();
}

QString CrisisContactsModel::serviceName() const
{
    return config().serviceName();
}

bool CrisisContactsModel::contact(int row) const
{
    if (row < 0 || row >= rowCount())
        return false;
    return QDesktopServices::openUrl(QUrl(config().crisisContacts().at(row).dialUri()));
}

} // namespace dit
