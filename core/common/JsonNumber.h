#pragma once

#include <QJsonValue>

#include <optional>

namespace dit {

// A JSON number that is exactly a whole number from `min` to `max`, or nothing. Unlike
// QJsonValue::toInt(), which reads 1.5 and 1e308 as 0, a number that is not a whole number in
// range is never silently read as another (docs/CLINICAL_SAFETY.md, H12).
std::optional<int> wholeNumber(const QJsonValue &value, int min, int max);

} // namespace dit
