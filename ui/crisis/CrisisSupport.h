#pragma once

#include "CrisisContactsModel.h"

#include <QObject>
#include <QQmlEngine>

namespace dit {

// The crisis page's view model: the contacts, with the service's introduction.
class CrisisSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(dit::CrisisContactsModel *contacts READ contacts CONSTANT)

public:
    explicit CrisisSupport(QObject *parent = nullptr) : QObject(parent), m_contacts(this) {}
    CrisisContactsModel *contacts() { return &m_contacts; }

private:
    CrisisContactsModel m_contacts;
};

} // namespace dit
