#pragma once

#include <QString>
#include <QStringList>

namespace dit {

// Every problem in a service's configuration folder (docs/MEASURES.md, docs/COURSE.md):
// service.json (crisis contacts, sync), measures.json and instruments/ (risk rules, the form
// window, instrument pack), and learn/ (psychoeducation pieces). Each is one line naming the
// file and the field. Empty when the folder is sound; never logged, always shown: by
// `ditc service check` and in Settings (docs/CLINICAL_SAFETY.md, H12).
QStringList checkServiceFolder(const QString &folder);

} // namespace dit
