#pragma once

#include <QString>

namespace dit {

// The app's UI face, Inter (OFL 1.1; ui/design/fonts/README.md), embedded so that every page
// looks the same on every device. Registers the embedded files once and returns the family,
// or the system's family when they could not be registered.
QString uiFontFamily();

// Makes the UI face the application font, keeping the system's size (a person's text-size
// setting), so Qt Quick's texts and controls all use it.
void applyUiFont();

} // namespace dit
