#include "DemoData.h"

#include <QMap>

namespace dit::demo {

bool stageFromName(const QString &name, Stage *stage)
{
    static const QMap<QString, Stage> names = {{QStringLiteral("beginning"), Stage::Beginning},
                                               {QStringLiteral("middle"), Stage::Middle},
                                               {QStringLiteral("ending"), Stage::Ending},
                                               {QStringLiteral("after"), Stage::After},
                                               {QStringLiteral("new"), Stage::New},
                                               {QStringLiteral("therapist"), Stage::Therapist}};
    if (!names.contains(name))
        return false;
    *stage = names.value(name);
    return true;
}

int nextSessionAt(Stage stage)
{
    switch (stage) {
    case Stage::Beginning:
        return 2;
    case Stage::Middle:
        return 7;
    case Stage::Ending:
        return 14;
    case Stage::After:
        return 17;
    case Stage::New:
    case Stage::Therapist:
        return 0;
    }
    return 7;
}

Status fill(Store &store, const QDateTime &now, Stage stage)
{
    if (stage == Stage::Therapist)
        return fillCaseload(store, now);
    for (auto part : {&fillCourse, &fillMeasures, &fillLetter})
        if (Status s = part(store, now, stage); !s)
            return s;
    return fillFocusAndNotes(store, stage);
}

} // namespace dit::demo
