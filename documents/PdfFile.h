#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QColor>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPdfWriter;

namespace dit::documents {

// What the letter and the patient summary share: the resolution they are laid out at (pixels
// per inch) and their two inks, body text and the quieter notes.
constexpr int kPdfDpi = 300;
inline QColor pdfInk()
{
    return {0x1e, 0x2a, 0x30};
}
inline QColor pdfMuted()
{
    return {0x4a, 0x57, 0x5e};
}

// An A4 PDF made in memory at `dpi`, with nothing identifying in its metadata (Qt's defaults
// would name the application as its creator). `draw` lays out and paints the pages on the
// writer. Needs a QGuiApplication (fonts).
Result<QByteArray> renderA4Pdf(int dpi, const QMarginsF &marginsMm,
                               const std::function<Status(QPdfWriter &)> &draw);

// Makes a document and writes it to a new file, all or nothing; never over a file that exists
// (checked before anything is made).
Status writeNewFile(const QString &path, const std::function<Result<QByteArray>()> &make);

} // namespace dit::documents
