#include "DemoData.h"

namespace dit::demo {

Status fill(Store &store, const QDateTime &now)
{
    return fillCourse(store, now);
}

} // namespace dit::demo
