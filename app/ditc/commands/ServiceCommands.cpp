// ditc service check: a service's configuration folder checked before it is given to anyone
// (docs/MEASURES.md, docs/CLINICAL_SAFETY.md H12).
#include "Commands.h"
#include "service/ServiceCheck.h"

#include <QJsonArray>

namespace dit::cli {

int runService(Context &ctx, Args &args)
{
    const QString verb = args.takePositional();
    const auto folder = args.takeOption(QStringLiteral("--service"));
    if (auto extra = args.leftover())
        return ctx.usage(*extra);
    if (verb != u"check" || !folder || folder->isEmpty())
        return ctx.usage(QStringLiteral("service check --service DIR"));
    const QStringList problems = checkServiceFolder(*folder);
    QStringList lines = problems;
    lines << (problems.isEmpty()
                  ? QStringLiteral("%1: no problems found.").arg(*folder)
                  : QStringLiteral("%1 problem(s) found; each setting named falls back to the "
                                   "built-in default, and the built-in risk rules always apply.")
                        .arg(problems.size()));
    ctx.print({{QStringLiteral("folder"), *folder},
               {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}},
              lines);
    return problems.isEmpty() ? kOk : kBadInput;
}

} // namespace dit::cli
