#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QQuickItem>

namespace dit {

// Where an item comes in the Tab order. Qt Quick follows the item tree, and QML cannot
// reorder a parent's children: the header uses this to come before its page's content and
// tab bar, so crisis support is the first thing Tab reaches (docs/CLINICAL_SAFETY.md, H1).
class FocusOrder : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;
    // Makes `item` the first child of its parent item (painting order follows, as z allows).
    Q_INVOKABLE static void putFirst(QQuickItem *item);
};

} // namespace dit
