#pragma once

#include "course/Course.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QQmlEngine>

namespace dit {

// The weekly slots of the course being set up: each session and each week without one, with
// what can be marked for it. Reached as CourseSetup.weeks; all changes go through
// CourseSetup so the rules stay in one place.
class CourseWeeksModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use CourseSetup.weeks")

public:
    // What a week is marked as (QML: CourseWeeksModel.Moved, ...). The core's
    // Course::SlotMark has no Moved: a moved session is a session at another time.
    enum class Mark { Session, Moved, Break, Cancelled, Missed };
    Q_ENUM(Mark)

    enum Roles {
        SlotRole = Qt::UserRole + 1, // ISO date of the weekly slot
        DateTextRole,
        TitleRole,
        DetailRole,
        MarkRole,    // a Mark
        ChoicesRole, // [{key: a Mark, label}]
        MoveDaysRole,
        MovedOffsetRole,
        MovedHourRole,
        MovedMinuteRole,
    };

    explicit CourseWeeksModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Rebuilds the rows from `course` as of `now` (past slots may be marked missed).
    void setCourse(const Course &course, const QDateTime &now);
    QDate slotAt(int row) const;

private:
    struct Row
    {
        QDate slot;
        int number = 0; // 0 for a week without a session
        QDateTime start;
        QString clockNote; // why the time is not the one planned (the clocks change)
        Mark mark = Mark::Session;
        bool past = false;
    };
    QList<Row> m_rows;
    Course m_course;
};

} // namespace dit
