#pragma once

#include "CourseWeeksModel.h"
#include "course/Course.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace dit {

class AppContext;

// The course setup screen: a draft of the course the person edits (number of sessions,
// first date, weekly time, what happened each week) and saves as a new version. A course
// that arrives from elsewhere (the therapist, later) simply becomes the next draft.
class CourseSetup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(bool isNew READ isNew NOTIFY changed)
    Q_PROPERTY(bool dirty READ dirty NOTIFY changed)
    Q_PROPERTY(int totalSessions READ totalSessions WRITE setTotalSessions NOTIFY changed)
    Q_PROPERTY(int standardSessions READ standardSessions CONSTANT)
    Q_PROPERTY(int complexCareSessions READ complexCareSessions CONSTANT)
    Q_PROPERTY(int maxSessions READ maxSessions CONSTANT)
    Q_PROPERTY(int firstYear READ firstYear NOTIFY changed)
    Q_PROPERTY(int firstMonth READ firstMonth NOTIFY changed)
    Q_PROPERTY(int firstDay READ firstDay NOTIFY changed)
    // Years the first session can be in: last year to two years ahead (and the saved one).
    Q_PROPERTY(QVariantList yearChoices READ yearChoices NOTIFY changed)
    Q_PROPERTY(int hour READ hour NOTIFY changed)
    Q_PROPERTY(int minute READ minute NOTIFY changed)
    Q_PROPERTY(int sessionMinutes READ sessionMinutes WRITE setSessionMinutes NOTIFY changed)
    Q_PROPERTY(QString preview READ preview NOTIFY changed)
    Q_PROPERTY(QString marksSummary READ marksSummary NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(dit::CourseWeeksModel *weeks READ weeks CONSTANT)

public:
    explicit CourseSetup(AppContext &context, QObject *parent = nullptr);
    static CourseSetup *create(QQmlEngine *, QJSEngine *);

    bool isNew() const { return m_isNew; }
    bool dirty() const;
    int totalSessions() const { return m_draft.totalSessions; }
    void setTotalSessions(int total);
    int standardSessions() const { return Course::kStandardSessions; }
    int complexCareSessions() const { return Course::kComplexCareSessions; }
    int maxSessions() const { return Course::kMaxSessions; }
    int firstYear() const { return m_draft.firstSession.year(); }
    int firstMonth() const { return m_draft.firstSession.month(); }
    int firstDay() const { return m_draft.firstSession.day(); }
    QVariantList yearChoices() const;
    int hour() const { return m_draft.sessionTime.hour(); }
    int minute() const { return m_draft.sessionTime.minute(); }
    int sessionMinutes() const { return m_draft.sessionMinutes; }
    void setSessionMinutes(int minutes);
    QString preview() const;
    QString marksSummary() const;
    QString problem() const { return m_problem; }
    CourseWeeksModel *weeks() { return &m_weeks; }

    // Starts again from the saved course (or sensible defaults when there is none).
    Q_INVOKABLE void reset();
    // Each returns empty when accepted, otherwise why not.
    Q_INVOKABLE QString setFirstDate(int year, int month, int day);
    Q_INVOKABLE QString setTime(int hour, int minute);
    // key: "session", "break", "cancelled", "missed" or "moved" (moved: one day later at
    // the usual time, until moveWeek says otherwise).
    Q_INVOKABLE QString setWeekMark(int row, const QString &key);
    Q_INVOKABLE QString moveWeek(int row, int dayOffset, int hour, int minute);
    // Saves a new version; empty on success.
    Q_INVOKABLE QString save();

Q_SIGNALS:
    void changed();
    void saved();

private:
    void update();

    AppContext &m_ctx;
    Course m_draft;
    Course m_saved;
    bool m_isNew = true;
    QString m_problem;
    CourseWeeksModel m_weeks;
};

} // namespace dit
