#pragma once

#include "AppContext.h"

#include <QObject>
#include <QVariantMap>

namespace dit {

// Test-only set-up for the measures QML tests: a course, stored responses, and a look at what
// was written (drafts, records). Lives only in the QML test executable.
class MeasuresTestDriver : public QObject
{
    Q_OBJECT

public:
    explicit MeasuresTestDriver(AppContext &context) : m_ctx(context) {}

    // A 16-session weekly course at 10:00 whose first session was `firstSessionDaysAgo` days
    // before the clock's day (7: heading to session 2 today).
    Q_INVOKABLE bool setUpCourse(int firstSessionDaysAgo, int totalSessions = 16);
    // Stores a submitted response (answers as in ditc --answers).
    Q_INVOKABLE bool submit(const QString &instrument, int session, const QString &answers);
    // `count` responses: PHQ-9 and GAD-7 at sessions 1.., then blank WSAS forms.
    Q_INVOKABLE bool submitMany(int count);
    Q_INVOKABLE int responseCount() const;
    // The latest stored response to an instrument: {id, session, total, risk, flags, replaces}.
    Q_INVOKABLE QVariantMap lastResponse(const QString &instrument) const;
    // Answers saved in the session's draft in the store (0 if none).
    Q_INVOKABLE int draftAnswerCount(int session) const;

private:
    // submit() without telling anyone: submitMany tells once, at the end.
    bool storeResponse(const QString &instrument, int session, const QString &answers);

    AppContext &m_ctx;
};

} // namespace dit
