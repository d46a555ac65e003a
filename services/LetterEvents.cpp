#include "LetterEvents.h"

namespace dit {

LetterEvents &LetterEvents::instance()
{
    static LetterEvents events;
    return events;
}

} // namespace dit
