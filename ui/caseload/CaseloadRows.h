#pragma once

#include "caseload/PatientOverview.h"
#include "course/Course.h"

#include <QObject>
#include <QString>

namespace dit {

// The rows of a therapist's lists (RowsModel): each property is a role of the same name in
// QML.

// A patient in the caseload (Caseload.patients).
struct PatientRow
{
    Q_GADGET
    Q_PROPERTY(QString patientId MEMBER patientId)
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(bool archived MEMBER archived)
    Q_PROPERTY(QString courseLine MEMBER courseLine)
    Q_PROPERTY(QString nextSession MEMBER nextSession)
    Q_PROPERTY(int riskCount MEMBER riskCount)
    Q_PROPERTY(QString riskText MEMBER riskText)
    Q_PROPERTY(QString description MEMBER description)

public:
    QString patientId;
    QString label;
    bool archived = false;
    QString courseLine;
    QString nextSession;
    int riskCount = 0;
    QString riskText;
    QString description;
    friend bool operator==(const PatientRow &, const PatientRow &) = default;
};

// A weekly slot in a patient's timeline (PatientDashboard.timeline). `phase` and `state` are
// the core's enums; QML names them as PatientDashboard.Phase and PatientDashboard.SlotState
// (PatientDashboard.Middle, PatientDashboard.Now).
struct TimelineRow
{
    Q_GADGET
    Q_PROPERTY(int session MEMBER session)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString dateText MEMBER dateText)
    Q_PROPERTY(dit::Phase phase MEMBER phase)
    Q_PROPERTY(QString phaseName MEMBER phaseName)
    Q_PROPERTY(dit::TimelineEntry::State state MEMBER state)
    Q_PROPERTY(QString stateLabel MEMBER stateLabel)
    Q_PROPERTY(QString symbol MEMBER symbol)
    Q_PROPERTY(bool moved MEMBER moved)
    Q_PROPERTY(QString description MEMBER description)

public:
    int session = 0;
    QString title;
    QString dateText;
    Phase phase = Phase::Initial;
    QString phaseName;
    TimelineEntry::State state = TimelineEntry::State::Upcoming;
    QString stateLabel;
    QString symbol;
    bool moved = false;
    QString description;
    friend bool operator==(const TimelineRow &, const TimelineRow &) = default;
};

// A questionnaire's latest and previous totals (PatientDashboard.scores).
struct ScoreRow
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString latest MEMBER latest)
    Q_PROPERTY(QString previous MEMBER previous)
    Q_PROPERTY(QString latestBand MEMBER latestBand)
    Q_PROPERTY(QString previousBand MEMBER previousBand)
    Q_PROPERTY(QString change MEMBER change)
    Q_PROPERTY(QString description MEMBER description)

public:
    QString name;
    QString latest;
    QString previous;
    QString latestBand;
    QString previousBand;
    QString change;
    QString description;
    friend bool operator==(const ScoreRow &, const ScoreRow &) = default;
};

// One line of the outcome's status (PatientDashboard.outcome).
struct OutcomeRow
{
    Q_GADGET
    Q_PROPERTY(QString label MEMBER label)
    Q_PROPERTY(QString value MEMBER value)

public:
    QString label;
    QString value;
    friend bool operator==(const OutcomeRow &, const OutcomeRow &) = default;
};

// A measure given at the start and at the end (PatientDashboard.startAndEnd).
struct StartAndEndRow
{
    Q_GADGET
    Q_PROPERTY(QString name MEMBER name)
    Q_PROPERTY(QString start MEMBER start)
    Q_PROPERTY(QString end MEMBER end)
    Q_PROPERTY(QString startLabel MEMBER startLabel)
    Q_PROPERTY(QString endLabel MEMBER endLabel)
    Q_PROPERTY(QString description MEMBER description)

public:
    QString name;
    QString start;
    QString end;
    QString startLabel;
    QString endLabel;
    QString description;
    friend bool operator==(const StartAndEndRow &, const StartAndEndRow &) = default;
};

// A risk answer to review (PatientDashboard.risks).
struct RiskRow
{
    Q_GADGET
    Q_PROPERTY(QString responseId MEMBER responseId)
    Q_PROPERTY(QString title MEMBER title)
    Q_PROPERTY(QString answers MEMBER answers)
    Q_PROPERTY(QString dateText MEMBER dateText)
    Q_PROPERTY(bool acknowledged MEMBER acknowledged)
    Q_PROPERTY(QString acknowledgedText MEMBER acknowledgedText)
    Q_PROPERTY(QString description MEMBER description)

public:
    QString responseId;
    QString title;
    QString answers;
    QString dateText;
    bool acknowledged = false;
    QString acknowledgedText;
    QString description;
    friend bool operator==(const RiskRow &, const RiskRow &) = default;
};

} // namespace dit
