#pragma once

#include <QString>

namespace dit {

// The goodbye letter's book serif (documents/fonts/README.md): loads the embedded Charis
// SIL on first use and returns its family name, for the reading pages and the PDF alike. Falls
// back to an installed serif only if the embedded copy could not be loaded. Needs a
// QGuiApplication.
QString bookFontFamily();

} // namespace dit
