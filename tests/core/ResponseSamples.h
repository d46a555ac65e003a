// What the response tests share: a weekly course, local times, the built-in instruments,
// answers from a short vector, and the CSV export read back.
#pragma once

#include "course/Course.h"
#include "measures/AnswerVector.h"
#include "measures/InstrumentCatalogue.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace dit::test {

// Mondays at 10:00 from 2 March 2026 (as tst_course).
inline Course weekly(int total = 16)
{
    Course c;
    c.totalSessions = total;
    c.firstSession = QDate(2026, 3, 2);
    c.sessionTime = QTime(10, 0);
    return c;
}

inline QDateTime at(int y, int m, int d, int h = 12, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min));
}

inline const InstrumentCatalogue &catalogue()
{
    static const InstrumentCatalogue c = InstrumentCatalogue::builtIn();
    return c;
}

inline Answers vector(const char *id, const char *v)
{
    auto a = parseAnswerVector(*catalogue().find(QString::fromLatin1(id)), QString::fromLatin1(v));
    if (!a)
        qFatal("bad test vector: %s", qPrintable(a.error().message));
    return a.value();
}

// RFC 4180 rows: quoted fields may hold commas, quotes ("") and line breaks.
inline QList<QStringList> parseCsv(const QByteArray &csv)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    const QString text = QString::fromUtf8(csv);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"') {
            quoted = true;
        } else if (ch == u',') {
            row.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    return rows;
}

} // namespace dit::test
