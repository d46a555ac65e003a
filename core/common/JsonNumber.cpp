#include "JsonNumber.h"

#include <cmath>

namespace dit {

std::optional<int> wholeNumber(const QJsonValue &value, int min, int max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < min || d > max)
        return std::nullopt;
    return int(d);
}

} // namespace dit
