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
    // Why the last change or save was refused (docs/ARCHITECTURE.md, "The QML boundary").
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
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
    QString errorMessage() const { return m_error; }
    CourseWeeksModel *weeks() { return &m_weeks; }

    // Starts again from the saved course (or sensible defaults when there is none).
    Q_INVOKABLE void reset();
    // Like every invokable that can fail: false, nothing changed, with errorMessage saying
    // why; true clears errorMessage.
    Q_INVOKABLE bool setFirstDate(int year, int month, int day);
    Q_INVOKABLE bool setTime(int hour, int minute);
    // Moved: one day later at the usual time, until moveWeek says otherwise.
    Q_INVOKABLE bool setWeekMark(int row, dit::CourseWeeksModel::Mark mark);
    Q_INVOKABLE bool moveWeek(int row, int dayOffset, int hour, int minute);
    // Saves a new version (nothing when nothing changed).
    Q_INVOKABLE bool save();

Q_SIGNALS:
    void changed();
    void saved();

private:
    // Each returns empty when accepted, otherwise why not.
    QString applyFirstDate(int year, int month, int day);
    QString applyTime(int hour, int minute);
    QString applyWeekMark(int row, CourseWeeksModel::Mark mark);
    QString applyMoveWeek(int row, int dayOffset, int hour, int minute);
    QString applySave();
    bool report(const QString &problem); // sets errorMessage; true when empty
    void update();

    AppContext &m_ctx;
    Course m_draft;
    Course m_saved;
    bool m_isNew = true;
    QString m_problem;
    QString m_error;
    CourseWeeksModel m_weeks;
};

} // namespace dit
