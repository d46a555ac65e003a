#pragma once

#include <QString>
#include <QUrl>

namespace dit {

// A file a person chose in a file dialog (a file: URL) as a local path; anything else (a path
// typed or given by a test) as it is.
inline QString localPathOf(const QUrl &file)
{
    return file.isLocalFile() ? file.toLocalFile() : file.toString();
}

} // namespace dit
