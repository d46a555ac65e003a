#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QStringList>
#include <QTimer>

namespace dit {

class AppContext;

// Home's view model: where the person is in their course, in words made in C++
// (core/course/CourseWording). Reloads when the store opens, when a course record arrives
// (AppContext::recordsChanged, e.g. sent by the therapist) and once a minute, so "in 2 days"
// stays true. Clears everything when the app locks.
class CourseOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(Stage stage READ stage NOTIFY changed)
    Q_PROPERTY(bool hasCourse READ hasCourse NOTIFY changed)
    Q_PROPERTY(QString headline READ headline NOTIFY changed)
    Q_PROPERTY(QString nextSession READ nextSession NOTIFY changed)
    Q_PROPERTY(QString remaining READ remaining NOTIFY changed)
    Q_PROPERTY(QString phaseTitle READ phaseTitle NOTIFY changed)
    Q_PROPERTY(QString phaseText READ phaseText NOTIFY changed)
    Q_PROPERTY(QString phaseArticleId READ phaseArticleId NOTIFY changed)
    // "initial", "middle", "ending" or "after": what the library puts first
    Q_PROPERTY(QString contentStage READ contentStage NOTIFY changed)
    Q_PROPERTY(int sessionNumber READ sessionNumber NOTIFY changed)
    Q_PROPERTY(int totalSessions READ totalSessions NOTIFY changed)
    // One SessionMark per session, in order (QML compares with CourseOverview.Done, ...)
    Q_PROPERTY(QList<int> sessionMarks READ sessionMarks NOTIFY changed)
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)

public:
    // Where the person is in their course (QML: CourseOverview.Finished).
    enum class Stage {
        NoCourse, // no course set up yet
        Upcoming, // before session 1
        Active,
        Finished,
    };
    Q_ENUM(Stage)

    // How Home's course strip marks a session.
    enum class SessionMark {
        Done,   // happened
        Missed, // its time has passed without it
        Now,    // the current one
        Ahead,
    };
    Q_ENUM(SessionMark)

    explicit CourseOverview(AppContext &context, QObject *parent = nullptr);
    static CourseOverview *create(QQmlEngine *, QJSEngine *);

    Stage stage() const { return m_stage; }
    bool hasCourse() const { return m_stage != Stage::NoCourse; }
    QString headline() const { return m_headline; }
    QString nextSession() const { return m_nextSession; }
    QString remaining() const { return m_remaining; }
    QString phaseTitle() const { return m_phaseTitle; }
    QString phaseText() const { return m_phaseText; }
    QString phaseArticleId() const { return m_phaseArticleId; }
    QString contentStage() const { return m_contentStage; }
    int sessionNumber() const { return m_sessionNumber; }
    int totalSessions() const { return m_totalSessions; }
    QList<int> sessionMarks() const { return m_marks; }
    QString progressText() const { return m_progressText; }
    QString errorMessage() const { return m_error; }

    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void changed();

private:
    void clear();

    AppContext &m_ctx;
    QTimer m_tick;
    Stage m_stage = Stage::NoCourse;
    QString m_headline;
    QString m_nextSession;
    QString m_remaining;
    QString m_phaseTitle;
    QString m_phaseText;
    QString m_phaseArticleId;
    QString m_contentStage = QStringLiteral("initial");
    int m_sessionNumber = 0;
    int m_totalSessions = 0;
    QList<int> m_marks;
    QString m_progressText;
    QString m_error;
};

} // namespace dit
