#pragma once

#include "service/ServiceConfig.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {
struct CrisisContact;
}

namespace dit {

// The service's crisis contacts for the crisis page. Available before unlocking: a person
// locked out of the app can still reach help. Reached from QML as CrisisSupport.contacts.
// In the crisis page's order: the emergency number, the service's own line and the
// person's therapist (when the service file names them), then the helplines, each group in
// the file's order.
class CrisisContactsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use CrisisSupport.contacts")

    Q_PROPERTY(QString intro READ intro CONSTANT)
    Q_PROPERTY(QString serviceName READ serviceName CONSTANT)

public:
    enum Roles {
        NameRole = Qt::UserRole + 1,
        DetailRole,
        NumberRole,
        ActionLabelRole,
        UriRole,
        IsTextRole,
        KindRole, // "emergency", "service", "therapist" or "helpline"
    };

    // No default constructor: Qt 6.4 cannot instantiate a final class from QML, so it must
    // not try (models are final docs/DEVELOPING.md).
    CrisisContactsModel(const ServiceConfig &service, QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString intro() const;
    QString serviceName() const;

    // Hands the tel:/sms: link to the platform. False if nothing could open it (a desktop
    // with no phone), so the page can say to dial the number instead.
    Q_INVOKABLE bool contact(int row) const;

private:
    const CrisisContact &at(int row) const; // by the page's order
    const ServiceConfig &m_service;
};

} // namespace dit
