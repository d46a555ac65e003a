#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

#include <optional>

namespace dit {

class AppContext;

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
    explicit AppInfo(AppContext &context, QObject *parent = nullptr)
        : QObject(parent), m_ctx(context)
    {}
    static AppInfo *create(QQmlEngine *engine, QJSEngine *);
    QString serviceName() const;
    QString serviceProblem() const;
    QStringList serviceProblems() const;
    QString serviceProblemsText() const;

private:
    AppContext &m_ctx;
    mutable std::optional<QStringList> m_serviceProblems;
};

} // namespace dit
