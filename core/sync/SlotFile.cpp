#include "SlotFile.h"

#include "common/RegularFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dit::sync::slotfile {

namespace {
Error bad(const char *why)
{
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("SlotFile", why));
}
} // namespace

Result<PairingPayload> read(const QString &path)
{
    auto bytes = readRegularFile(path, kMaxBytes);
    if (!bytes)
        return bytes.error();
    QString text = QString::fromUtf8(bytes.value());
    const bool textual =
        !bytes.value().contains('\0') && !text.contains(QChar::ReplacementCharacter);
    wipeBytes(bytes.value());
    QString slot;
    int slots = 0;
    if (textual) {
        for (QStringView line : QStringView(text).split(QLatin1Char('\n'))) {
            line = line.trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            ++slots;
            if (slots == 1)
                slot = line.toString();
        }
    }
    wipeString(text);
    if (!textual)
        return bad("This file is not a pair slot file: it is not text. Choose the file your "
                   "service’s IT gave you.");
    if (slots == 0)
        return bad("This file holds no pair slot. Choose the file your service’s IT gave you.");
    if (slots > 1) {
        wipeString(slot);
        return makeError(ErrorCode::BadInput,
                         QCoreApplication::translate(
                             "SlotFile", "This file holds %1 pair slots; choose a file with the "
                                         "one slot for this patient (ask your service’s IT).")
                             .arg(slots));
    }
    return parseSlot(slot);
}

Status remove(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return {};
    if (!info.isFile() || info.isSymLink())
        return bad("Only the slot file itself can be deleted here.");
    if (!QFile::remove(path))
        return makeError(ErrorCode::Io, QCoreApplication::translate(
                                            "SlotFile", "The slot file could not be deleted. "
                                                        "Delete it yourself: it holds the pair's "
                                                        "secret."));
    return {};
}

} // namespace dit::sync::slotfile
