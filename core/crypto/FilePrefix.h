#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace dit::fileprefix {

// The start that our sealed files share (backups, hand-over files):
//   magic (8) | format version (u16 BE) | header length (u32 BE) | header (JSON)
// Each format keeps its own magic, limits and messages; this only reads and writes the frame.
inline constexpr int kFixedBytes = 8 + 2 + 4;

QByteArray write(const char (&magic)[8], int version, const QByteArray &header);

struct Read
{
    enum class Problem {
        None,
        NotOurs,        // another kind of file
        CutOff,         // shorter than the fixed part
        Newer,          // made by a newer version of the app
        UnknownVersion, // an older or impossible version
        BadHeaderLength,
    };
    Problem problem = Problem::None;
    quint32 headerLength = 0;
};

// Checks the fixed part at the start of `bytes` (which may be longer, or only the fixed part).
Read read(QByteArrayView bytes, const char (&magic)[8], int version, int maxHeaderBytes);

} // namespace dit::fileprefix
