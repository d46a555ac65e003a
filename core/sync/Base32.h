#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace dit::sync::base32 {

// Crockford base32, as both pairing codes use it (docs/SYNC.md, "Pairing"): digits and
// capitals without I, L, O, U. Reading forgives case and the look-alikes O (0), I and L (1).
QChar symbol(int value); // 0..31
std::optional<int> value(QChar c);
// The text without spaces and dashes (what a person may put between groups).
QString withoutSeparators(const QString &text);
// Bytes to symbols, 5 bits each, the last one zero-padded; strict decoding (nonzero padding
// is refused, so each text has one meaning).
QString encode(const QByteArray &data);
std::optional<QByteArray> decode(const QString &text);
// Inserts '-' every `group` symbols.
QString grouped(const QString &flat, int group);

} // namespace dit::sync::base32
