// The instrument loader (measures/InstrumentParser): a service's instrument pack is read
// from files the app did not write. Whatever it accepts has an id, at least one question,
// unique linkIds, conditions only on questions it has, and can be scored: answering every
// question that applies with its first option passes validation and evaluates.
#include "FuzzSupport.h"
#include "measures/InstrumentParser.h"
#include "measures/Scoring.h"

#include <QSet>

using namespace dit;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    auto parsed = parseInstrument(fuzz::bytes(data, size), QStringLiteral("pack.json"));
    fuzz::note(parsed.ok());
    if (!parsed)
        return 0;
    const Instrument &q = parsed.value();
    if (q.id.isEmpty() || q.items.isEmpty())
        fuzz::broken();
    QSet<QString> ids;
    for (const InstrumentItem &item : q.items) {
        if (item.linkId.isEmpty() || ids.contains(item.linkId))
            fuzz::broken();
        ids.insert(item.linkId);
    }
    Answers answers;
    for (const InstrumentItem &item : q.items) {
        for (const EnableCondition &c : item.enableWhen)
            if (!q.item(c.question))
                fuzz::broken();
        if (item.type == InstrumentItem::Type::Choice && !item.options.isEmpty() &&
            isEnabled(item, answers))
            answers.insert(item.linkId, item.options.first().code);
    }
    if (validateAnswers(q, answers))
        (void)evaluate(q, answers);
    return 0;
}
