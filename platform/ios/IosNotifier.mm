#include "IosNotifier.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>

#import <Foundation/Foundation.h>
#import <UserNotifications/UserNotifications.h>

namespace dit {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Reminders", text);
}

// Request identifiers: "reminder-" and the reminder's id (never shown).
NSString *const kPrefix = @"reminder-";

UNMutableNotificationContent *contentFor(const Notification &n)
{
    UNMutableNotificationContent *content = [[UNMutableNotificationContent alloc] init];
    content.title = n.title.toNSString();
    content.body = n.body.toNSString();
    content.sound = [UNNotificationSound defaultSound];
    return content;
}

} // namespace

IosNotifier::IosNotifier()
{
    refreshAuthorization();
}

void IosNotifier::refreshAuthorization()
{
    [[UNUserNotificationCenter currentNotificationCenter]
        getNotificationSettingsWithCompletionHandler:^(UNNotificationSettings *settings) {
          m_authorized.store(settings.authorizationStatus == UNAuthorizationStatusAuthorized ||
                             settings.authorizationStatus == UNAuthorizationStatusProvisional);
        }];
}

QString IosNotifier::unavailableReason() const
{
    return isAvailable() ? QString()
                         : tr("Notifications for this app are turned off in the phone’s "
                              "settings.");
}

void IosNotifier::requestPermission(std::function<void(bool)> done)
{
    // The completion handler runs on a background queue; hand the answer back to the
    // application thread, where the caller lives.
    auto callback = std::make_shared<std::function<void(bool)>>(std::move(done));
    [[UNUserNotificationCenter currentNotificationCenter]
        requestAuthorizationWithOptions:(UNAuthorizationOptionAlert | UNAuthorizationOptionSound)
                      completionHandler:^(BOOL granted, NSError *) {
                        m_authorized.store(granted);
                        QMetaObject::invokeMethod(
                            qApp, [callback, granted] { (*callback)(granted); },
                            Qt::QueuedConnection);
                      }];
}

Status IosNotifier::schedule(const QList<Notification> &reminders)
{
    UNUserNotificationCenter *center = [UNUserNotificationCenter currentNotificationCenter];
    cancelAll();
    NSCalendar *calendar = [NSCalendar currentCalendar];
    for (const Notification &n : reminders) {
        NSDate *date = n.at.toNSDate();
        NSDateComponents *when =
            [calendar components:(NSCalendarUnitYear | NSCalendarUnitMonth | NSCalendarUnitDay |
                                  NSCalendarUnitHour | NSCalendarUnitMinute)
                        fromDate:date];
        UNCalendarNotificationTrigger *trigger =
            [UNCalendarNotificationTrigger triggerWithDateMatchingComponents:when repeats:NO];
        NSString *identifier = [kPrefix stringByAppendingString:n.id.toNSString()];
        UNNotificationRequest *request =
            [UNNotificationRequest requestWithIdentifier:identifier
                                                 content:contentFor(n)
                                                 trigger:trigger];
        [center addNotificationRequest:request withCompletionHandler:nil];
    }
    QMutexLocker lock(&m_mutex);
    m_pending = reminders;
    return {};
}

void IosNotifier::cancelAll()
{
    // Every pending request of this app is a reminder made here (showNow has no trigger, so
    // it is never pending). Removal and the adds that follow run in order on the center's
    // own queue.
    [[UNUserNotificationCenter currentNotificationCenter] removeAllPendingNotificationRequests];
    QMutexLocker lock(&m_mutex);
    m_pending.clear();
}

Status IosNotifier::showNow(const Notification &n)
{
    if (!isAvailable())
        return makeError(ErrorCode::Io, unavailableReason());
    NSString *identifier = [@"now-" stringByAppendingString:n.id.toNSString()];
    UNNotificationRequest *request = [UNNotificationRequest requestWithIdentifier:identifier
                                                                          content:contentFor(n)
                                                                          trigger:nil];
    [[UNUserNotificationCenter currentNotificationCenter] addNotificationRequest:request
                                                           withCompletionHandler:nil];
    return {};
}

QList<Notification> IosNotifier::pending() const
{
    QMutexLocker lock(&m_mutex);
    return m_pending;
}

} // namespace dit
