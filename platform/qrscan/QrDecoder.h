#pragma once

#include <QString>

#include <optional>

class QImage;
class QVideoFrame;

namespace dit::qrscan {

// Reads the QR code in a picture (a camera frame, or an image) and gives its text; nothing
// when there is none. Any text is returned: deciding whether it is a pairing code is the
// caller's job (PairingPayload::parse). The text may hold a secret: callers wipe it. The
// picture is only read, never kept or written anywhere.
std::optional<QString> decodeQr(const QImage &image);
std::optional<QString> decodeQr(const QVideoFrame &frame);

} // namespace dit::qrscan
