#pragma once

#include <QString>

namespace dit {

// A new random 128-bit identifier as 32 lowercase hex characters. Used for record ids,
// profile ids and device ids: it carries no time, order or meaning.
QString newRandomId();

bool isValidId(const QString &id);

} // namespace dit
