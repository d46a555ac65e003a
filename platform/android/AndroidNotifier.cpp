#include "AndroidNotifier.h"

#include <QCoreApplication>
#include <QJniEnvironment>
#include <QJniObject>
#include <QtCore/private/qandroidextras_p.h>

namespace dit {

namespace {

constexpr char kRemindersClass[] = "org/ditcompanion/app/Reminders";

QString tr(const char *text)
{
    return QCoreApplication::translate("Reminders", text);
}

QJniObject context()
{
    return QJniObject(QNativeInterface::QAndroidApplication::context());
}

// A Java String[] from QStrings.
QJniObject stringArray(const QStringList &values)
{
    QJniEnvironment env;
    jclass stringClass = env.findClass("java/lang/String");
    jobjectArray array = env->NewObjectArray(jsize(values.size()), stringClass, nullptr);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QJniObject s = QJniObject::fromString(values.at(i));
        env->SetObjectArrayElement(array, jsize(i), s.object<jstring>());
    }
    QJniObject result = QJniObject::fromLocalRef(array);
    return result;
}

QJniObject longArray(const QList<qint64> &values)
{
    QJniEnvironment env;
    jlongArray array = env->NewLongArray(jsize(values.size()));
    QList<jlong> copy(values.begin(), values.end());
    env->SetLongArrayRegion(array, 0, jsize(copy.size()), copy.constData());
    return QJniObject::fromLocalRef(array);
}

bool clearException()
{
    QJniEnvironment env;
    return env.checkAndClearExceptions(QJniEnvironment::OutputMode::Silent);
}

} // namespace

AndroidNotifier::AndroidNotifier() = default;

bool AndroidNotifier::isAvailable() const
{
    const jboolean enabled = QJniObject::callStaticMethod<jboolean>(
        kRemindersClass, "areEnabled", "(Landroid/content/Context;)Z", context().object());
    return !clearException() && enabled;
}

QString AndroidNotifier::unavailableReason() const
{
    return isAvailable() ? QString()
                         : tr("Notifications for this app are turned off in the phone’s "
                              "settings.");
}

void AndroidNotifier::requestPermission(std::function<void(bool)> done)
{
    if (QNativeInterface::QAndroidApplication::sdkVersion() < 33) {
        done(isAvailable());
        return;
    }
    QtAndroidPrivate::requestPermission(QStringLiteral("android.permission.POST_NOTIFICATIONS"))
        .then(qApp, [this, done](QtAndroidPrivate::PermissionResult result) {
            done(result == QtAndroidPrivate::Authorized && isAvailable());
        });
}

Status AndroidNotifier::schedule(const QList<Notification> &reminders)
{
    QStringList ids, titles, bodies;
    QList<qint64> times;
    for (const Notification &n : reminders) {
        ids << n.id;
        titles << n.title;
        bodies << n.body;
        times << n.at.toMSecsSinceEpoch();
    }
    QJniObject::callStaticMethod<void>(
        kRemindersClass, "schedule",
        "(Landroid/content/Context;[Ljava/lang/String;[J[Ljava/lang/String;[Ljava/lang/String;)V",
        context().object(), stringArray(ids).object(), longArray(times).object(),
        stringArray(titles).object(), stringArray(bodies).object());
    if (clearException())
        return makeError(ErrorCode::Io, tr("The phone did not accept the reminders."));
    QMutexLocker lock(&m_mutex);
    m_pending = reminders;
    return {};
}

void AndroidNotifier::cancelAll()
{
    QJniObject::callStaticMethod<void>(kRemindersClass, "cancelAll", "(Landroid/content/Context;)V",
                                       context().object());
    clearException();
    QMutexLocker lock(&m_mutex);
    m_pending.clear();
}

Status AndroidNotifier::showNow(const Notification &n)
{
    QJniObject::callStaticMethod<void>(
        kRemindersClass, "showNow",
        "(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;)V",
        context().object(), QJniObject::fromString(n.id).object<jstring>(),
        QJniObject::fromString(n.title).object<jstring>(),
        QJniObject::fromString(n.body).object<jstring>());
    if (clearException())
        return makeError(ErrorCode::Io, tr("The phone did not show the reminder."));
    return {};
}

QList<Notification> AndroidNotifier::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

} // namespace dit
