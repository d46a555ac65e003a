#pragma once

#include <QString>

namespace dit {

// The application name shared by the GUI and ditc so both find the same profile.
inline constexpr char kAppName[] = "dit-companion";

// <AppDataLocation>/profiles/default: where the GUI and ditc look without --profile.
QString defaultProfileDirectory();

} // namespace dit
