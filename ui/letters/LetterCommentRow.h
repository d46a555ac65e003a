#pragma once

#include <QObject>
#include <QString>

namespace dit {

// A passage the patient marked or noted on, shown to the therapist (LetterFeedback.comments;
// each property is a role of the same name in QML).
struct LetterCommentRow
{
    Q_GADGET
    Q_PROPERTY(QString quote MEMBER quote)
    Q_PROPERTY(QString note MEMBER note)
    Q_PROPERTY(QString place MEMBER place)
    Q_PROPERTY(QString dateText MEMBER dateText)
    Q_PROPERTY(bool isNote MEMBER isNote)
    Q_PROPERTY(QString description MEMBER description)

public:
    QString quote;
    QString note;
    QString place;
    QString dateText;
    bool isNote = false;
    QString description;
    friend bool operator==(const LetterCommentRow &, const LetterCommentRow &) = default;
};

} // namespace dit
