#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>

namespace dit::sync {

// A QR code as a square of modules (libqrencode), for the pairing code. Drawing it is the
// UI's job; the core only decides the modules. Error correction level M.
struct QrMatrix
{
    int version = 0;  // 1..40
    int width = 0;    // 17 + 4 * version
    QList<bool> dark; // row by row, width * width
    bool at(int x, int y) const { return dark.at(y * width + x); }
};

Result<QrMatrix> qrEncode(const QString &text);

} // namespace dit::sync
