#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace dit {

// One immutable entry in the store. `thread` groups all versions of one thing (a letter,
// the focus); `parent` names the version this one revises; `subject` is whom it is about
// (empty for the profile's owner, a patient id in a therapist's caseload).
struct Record
{
    QString id;
    QString kind;
    QString thread;
    QString parent;
    QString subject;
    QString author; // the device that made it
    QDateTime createdAt;
    int schema = 1;
    QJsonObject body;
};

} // namespace dit
