#include "PdfFile.h"

#include "storage/AtomicFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

namespace dit::documents {

Result<QByteArray> renderA4Pdf(int dpi, const QMarginsF &marginsMm,
                               const std::function<Status(QPdfWriter &)> &draw)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Internal, QStringLiteral("PDF export needs a QGuiApplication"));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(QString());
        writer.setCreator(QString());
        writer.setResolution(dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(marginsMm, QPageLayout::Millimeter);
        Status drawn = draw(writer);
        if (!drawn)
            return drawn.error();
    } // the writer finishes the file here
    return bytes;
}

Status writeNewFile(const QString &path, const std::function<Result<QByteArray>()> &make)
{
    if (QFile::exists(path))
        return makeError(
            ErrorCode::AlreadyExists,
            QCoreApplication::translate("PdfFile", "%1 already exists; choose another name.")
                .arg(path));
    const Result<QByteArray> bytes = make();
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, bytes.value());
}

} // namespace dit::documents
