#include "AppContext.h"

#include <QJSEngine>
#include <QQmlEngine>

// The QML side of AppContext: how a view model finds its context from its engine. It lives
// with the front end so that the services library needs no Qt Qml (docs/ARCHITECTURE.md,
// "Data flow").

namespace dit {

namespace {
constexpr char kEngineProperty[] = "ditAppContext";
}

void AppContext::attach(QJSEngine &engine, AppContext &context)
{
    engine.setProperty(kEngineProperty, QVariant::fromValue<QObject *>(&context));
}

AppContext &AppContext::of(QJSEngine *engine)
{
    auto *context =
        engine ? qobject_cast<AppContext *>(engine->property(kEngineProperty).value<QObject *>())
               : nullptr;
    if (!context)
        qFatal("no AppContext attached to the QML engine");
    return *context;
}

AppContext &AppContext::ofQmlObject(QObject *object)
{
    return of(qmlEngine(object));
}

} // namespace dit
