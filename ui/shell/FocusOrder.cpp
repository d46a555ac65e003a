#include "FocusOrder.h"

namespace dit {

void FocusOrder::putFirst(QQuickItem *item)
{
    QQuickItem *parent = item ? item->parentItem() : nullptr;
    if (!parent)
        return;
    const QList<QQuickItem *> siblings = parent->childItems();
    if (!siblings.isEmpty() && siblings.first() != item)
        item->stackBefore(siblings.first());
}

} // namespace dit
