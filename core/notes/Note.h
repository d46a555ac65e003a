#pragma once

#include <QDateTime>
#include <QString>

namespace dit {

// "On my mind": something a person wants to remember for their next session. Kept as
// versioned "note" records in the encrypted store; editing makes a new version.
struct Note
{
    static constexpr int kMaxText = 5000;

    QString id;     // the current version's record id
    QString thread; // shared by every version of this note
    QString text;
    bool toBring = false;  // "to bring to a session" or just for me
    bool isPrivate = true; // private by default: never shared (no sharing exists yet)
    int forSession = 0;    // the session that was next when it was written; 0 if none
    QDateTime written;     // first version
    QDateTime edited;      // this version
    bool diverged = false; // two versions were made apart; the latest is shown

    // Empty if the text can be saved, otherwise a plain sentence.
    static QString problemWith(const QString &text);
};

} // namespace dit
