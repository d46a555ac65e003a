#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <optional>

namespace dit {

// Read-only facts about this installation for the About section.
class AppInfo : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString serviceName READ serviceName CONSTANT)
    Q_PROPERTY(QString serviceProblem READ serviceProblem CONSTANT)
    // Every problem in the service's folder (ServiceCheck), each naming its file and field.
    Q_PROPERTY(QStringList serviceProblems READ serviceProblems CONSTANT)
    // The same, one bulleted line each, for Settings.
    Q_PROPERTY(QString serviceProblemsText READ serviceProblemsText CONSTANT)

public:
    using QObject::QObject;
    QString serviceName() const;
    QString serviceProblem() const;
    QStringList serviceProblems() const;
    QString serviceProblemsText() const;

private:
    mutable std::optional<QStringList> m_serviceProblems;
};

} // namespace dit
