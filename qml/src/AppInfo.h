#pragma once

#include <QObject>
#include <QQmlEngine>

namespace dit {

// Read-only facts about this installation for the About section.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString serviceName READ serviceName CONSTANT)
    Q_PROPERTY(QString serviceProblem READ serviceProblem CONSTANT)

public:
    using QObject::QObject;
    QString serviceName() const;
    QString serviceProblem() const;
};

} // namespace dit
