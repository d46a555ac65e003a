#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMarginsF>
#include <QString>

#include <functional>

class QPdfWriter;

namespace dit::documents {

// An A4 PDF made in memory at `dpi`, with nothing identifying in its metadata (Qt's defaults
// would name the application as its creator). `draw` lays out and paints the pages on the
// writer. Needs a QGuiApplication (fonts).
Result<QByteArray> renderA4Pdf(int dpi, const QMarginsF &marginsMm,
                               const std::function<Status(QPdfWriter &)> &draw);

// Makes a document and writes it to a new file, all or nothing; never over a file that exists
// (checked before anything is made).
Status writeNewFile(const QString &path, const std::function<Result<QByteArray>()> &make);

} // namespace dit::documents
