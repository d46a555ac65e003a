#include "UiDriver.h"

#include "PageKeys.h"
#include "Routes.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QKeySequence>
#include <QMouseEvent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QScreen>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace dit {

namespace {

constexpr int kStepGapMs = 350; // lets page transitions (Theme.motionMs) finish
// An "until" round stays on its page (the next question of a form): it only needs the new
// content laid out, which takes a frame.
constexpr int kRoundGapMs = 150;
constexpr int kDefaultWaitMs = 10000;
constexpr int kSyncWaitMs = 60000; // "expect-start": a sync pass on a loaded machine
constexpr int kPollMs = 50;
constexpr int kWholeRunMs = 180000; // a script that hangs still ends
constexpr int kMaxRounds = 100;     // for "until"

bool isFlickable(const QQuickItem *item)
{
    return item->inherits("QQuickFlickable");
}

void collect(QQuickItem *item, const QString &name, QList<QQuickItem *> *out)
{
    if (!item->isVisible())
        return;
    if (item->objectName() == name)
        out->append(item);
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        collect(child, name, out);
}

// How far the driver has moved the app's clock from the system's.
std::atomic<qint64> g_clockOffsetMs{0};

// Key code for a typed character, as a keyboard would send it.
int keyFor(QChar c)
{
    const QChar u = c.toUpper();
    if (u >= QLatin1Char('A') && u <= QLatin1Char('Z'))
        return Qt::Key_A + (u.unicode() - 'A');
    if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
        return Qt::Key_0 + (c.unicode() - '0');
    if (c == QLatin1Char(' '))
        return Qt::Key_Space;
    return Qt::Key_unknown;
}

// Starts a driver when DIT_DRIVE names a script, once the event loop runs (main() has then
// loaded the window).
void startFromEnvironment()
{
    const QString path = qEnvironmentVariable("DIT_DRIVE");
    if (path.isEmpty())
        return;
    QTimer::singleShot(0, QCoreApplication::instance(), [path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            std::fprintf(stderr, "drive: cannot read the script %s\n", qPrintable(path));
            QCoreApplication::exit(1);
            return;
        }
        QStringList steps;
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QString step = line.trimmed();
            if (!step.isEmpty() && !step.startsWith(QLatin1Char('#')))
                steps << step;
        }
        auto *driver = new UiDriver(steps, QCoreApplication::instance());
        driver->start();
    });
}

} // namespace

QDateTime DrivenClock::now() const
{
    return QDateTime::currentDateTimeUtc().addMSecs(g_clockOffsetMs);
}

BootTime DrivenClock::sinceBoot() const
{
    BootTime boot = Clock::sinceBoot();
    boot.ms += g_clockOffsetMs;
    return boot;
}

void DrivenClock::moveTo(const QDateTime &when)
{
    g_clockOffsetMs = QDateTime::currentDateTimeUtc().msecsTo(when);
}

void DrivenClock::advanceDays(int days)
{
    g_clockOffsetMs += qint64(days) * 24 * 3600 * 1000;
}

UiDriver::UiDriver(const QStringList &steps, QObject *parent) : QObject(parent), m_steps(steps) {}

void UiDriver::start()
{
    const auto windows = QGuiApplication::topLevelWindows();
    for (QWindow *w : windows) {
        if (auto *q = qobject_cast<QQuickWindow *>(w); q && q->objectName() == "mainWindow")
            m_window = q;
    }
    if (!m_window) {
        fail(QStringLiteral("the app's window is not there"));
        return;
    }
    QTimer::singleShot(kWholeRunMs, this,
                       [this] { fail(QStringLiteral("the script did not finish in time")); });
    QTimer::singleShot(kStepGapMs, this, &UiDriver::next);
}

void UiDriver::next()
{
    if (m_index >= m_steps.size()) {
        std::printf("drive: done\n");
        std::fflush(stdout);
        QCoreApplication::exit(0);
        return;
    }
    const QString step = m_steps.at(m_index);
    const bool firstTry = m_waitUntil == 0 && m_rounds == 0;
    if (firstTry) {
        std::printf("drive: %s\n", qPrintable(step));
        std::fflush(stdout);
    }
    bool done = true;
    if (!run(step, &done))
        return; // fail() has exited
    if (!done) {
        // "until" rounds click, so they give the page time to lay out.
        QTimer::singleShot(m_rounds > 0 ? kRoundGapMs : kPollMs, this, &UiDriver::next);
        return;
    }
    m_waitUntil = 0;
    m_rounds = 0;
    ++m_index;
    QTimer::singleShot(kStepGapMs, this, &UiDriver::next);
}

bool UiDriver::run(const QString &step, bool *done)
{
    const qsizetype space = step.indexOf(QLatin1Char(' '));
    const QString verb = space < 0 ? step : step.left(space);
    const QString rest = space < 0 ? QString() : step.mid(space + 1).trimmed();
    const QStringList args = rest.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    // Steps that wait: true once `ms` have passed since the step began.
    const auto expired = [this](int ms) {
        if (m_waitUntil == 0)
            m_waitUntil = QDateTime::currentMSecsSinceEpoch() + ms;
        return QDateTime::currentMSecsSinceEpoch() > m_waitUntil;
    };

    if (verb == QLatin1String("wait-for") || verb == QLatin1String("wait-gone")) {
        if (args.isEmpty())
            return fail(step + QStringLiteral(": which item?"));
        const bool want = verb == QLatin1String("wait-for");
        const bool late = expired(args.size() > 1 ? args.at(1).toInt() : kDefaultWaitMs);
        if ((find(args.first()) != nullptr) == want)
            return true;
        if (late) {
            fail(want ? QStringLiteral("no visible item named %1").arg(args.first())
                      : QStringLiteral("%1 is still visible").arg(args.first()));
            return false;
        }
        *done = false;
        return true;
    }
    if (verb == QLatin1String("until")) {
        // until NAME: STEP; STEP  (at most kMaxRounds rounds)
        const qsizetype colon = rest.indexOf(QLatin1Char(':'));
        const QString name = rest.left(colon).trimmed();
        if (colon < 0 || name.isEmpty())
            return fail(QStringLiteral("until NAME: STEP; STEP"));
        if (find(name))
            return true;
        if (++m_rounds > kMaxRounds)
            return fail(QStringLiteral("%1 did not appear").arg(name));
        const QStringList inner = rest.mid(colon + 1).split(QLatin1Char(';'), Qt::SkipEmptyParts);
        for (const QString &s : inner) {
            bool innerDone = true;
            if (!run(s.trimmed(), &innerDone))
                return false;
            QCoreApplication::processEvents();
        }
        *done = false;
        return true;
    }
    if (verb == QLatin1String("click-if")) {
        if (QQuickItem *item = args.isEmpty() ? nullptr : find(args.first()))
            click(item);
        return true;
    }
    if (verb == QLatin1String("click")) {
        QQuickItem *item = args.isEmpty() ? nullptr : find(args.first());
        if (!item)
            return fail(QStringLiteral("nothing visible to click named %1").arg(rest));
        click(item);
        return true;
    }
    if (verb == QLatin1String("show")) {
        QQuickItem *item = args.isEmpty() ? nullptr : find(args.first());
        if (!item)
            return fail(QStringLiteral("nothing visible to show named %1").arg(rest));
        scrollIntoView(item);
        return true;
    }
    if (verb == QLatin1String("type")) {
        typeText(rest);
        return true;
    }
    if (verb == QLatin1String("key")) {
        const QKeySequence keys = QKeySequence::fromString(rest);
        if (keys.isEmpty() || rest.isEmpty())
            return fail(QStringLiteral("unknown key %1").arg(rest));
        for (int i = 0; i < keys.count(); ++i) {
            const QKeyCombination combo = keys[i];
            if (combo.key() == Qt::Key_unknown)
                return fail(QStringLiteral("unknown key %1").arg(rest));
            pressKey(combo.key(), combo.keyboardModifiers(), QString());
            QCoreApplication::processEvents();
        }
        return true;
    }
    if (verb == QLatin1String("type-file")) {
        QFile file(rest);
        if (rest.isEmpty() || !file.open(QIODevice::ReadOnly | QIODevice::Text))
            return fail(QStringLiteral("cannot read %1").arg(rest));
        typeText(QString::fromUtf8(file.readAll()).trimmed());
        return true;
    }
    if (verb == QLatin1String("save")) {
        if (args.size() != 3)
            return fail(step + QStringLiteral(": save NAME PROPERTY FILE"));
        QList<QQuickItem *> items;
        collect(m_window->contentItem(), args.at(0), &items);
        if (items.isEmpty())
            return fail(QStringLiteral("no visible item named %1").arg(args.at(0)));
        QStringList texts;
        for (QQuickItem *item : std::as_const(items))
            texts << item->property(args.at(1).toUtf8().constData()).toString();
        QFile file(args.at(2));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
            file.write(texts.join(QLatin1Char(' ')).toUtf8()) < 0 || !file.flush())
            return fail(QStringLiteral("could not write %1").arg(args.at(2)));
        return true;
    }
    if (verb == QLatin1String("expect") || verb == QLatin1String("expect-start")) {
        // expect: the whole text, soon; expect-start: its beginning, within a sync pass.
        const bool whole = verb == QLatin1String("expect");
        if (args.size() < 3)
            return fail(step + QStringLiteral(": %1 NAME PROPERTY TEXT").arg(verb));
        const QString wanted = rest.section(QLatin1Char(' '), 2);
        QQuickItem *item = find(args.at(0));
        const QString actual =
            item ? item->property(args.at(1).toUtf8().constData()).toString() : QString();
        if (item && (whole ? actual == wanted : actual.startsWith(wanted)))
            return true;
        if (!expired(whole ? kDefaultWaitMs : kSyncWaitMs)) {
            *done = false;
            return true;
        }
        return fail(item ? QStringLiteral("%1.%2 is \"%3\", %4 \"%5\"")
                               .arg(args.at(0), args.at(1), actual,
                                    whole ? QStringLiteral("not")
                                          : QStringLiteral("which does not start with"),
                                    wanted)
                         : QStringLiteral("no visible item named %1").arg(args.at(0)));
    }
    if (verb == QLatin1String("page")) {
        if (!Routes::find(rest))
            return fail(Routes::unknownKeyMessage(rest));
        QMetaObject::invokeMethod(m_window, "showPage", Q_ARG(QVariant, rest));
        return true;
    }
    if (verb == QLatin1String("screenshot")) {
        const QString dir = qEnvironmentVariable("DIT_DRIVE_SHOTS", QDir::currentPath());
        const QString file = QDir(dir).filePath(rest);
        if (!m_window->grabWindow().save(file, "PNG"))
            return fail(QStringLiteral("could not save %1").arg(file));
        return true;
    }
    if (verb == QLatin1String("pause")) {
        *done = expired(rest.toInt());
        return true;
    }
    if (verb == QLatin1String("clock")) {
        const QDateTime when = QDateTime::fromString(rest, Qt::ISODate);
        if (!when.isValid())
            return fail(QStringLiteral("clock YYYY-MM-DDTHH:MM, not %1").arg(rest));
        DrivenClock::moveTo(when);
        return true;
    }
    if (verb == QLatin1String("advance-days")) {
        bool ok = false;
        const int days = rest.toInt(&ok);
        if (!ok || days <= 0)
            return fail(QStringLiteral("advance-days needs a number of days, not %1").arg(rest));
        DrivenClock::advanceDays(days);
        return true;
    }
    if (verb == QLatin1String("window-fits")) {
        // The window, its frame included, inside the room its screen leaves for windows.
        const QRect room = m_window->screen() ? m_window->screen()->availableGeometry() : QRect();
        const QRect frame = m_window->frameGeometry();
        std::printf("drive: window %dx%d at %d,%d; room %dx%d at %d,%d\n", frame.width(),
                    frame.height(), frame.x(), frame.y(), room.width(), room.height(), room.x(),
                    room.y());
        std::fflush(stdout);
        if (!room.contains(frame))
            return fail(QStringLiteral("the window does not fit its screen"));
        const QString size = QStringLiteral("%1x%2").arg(m_window->width()).arg(m_window->height());
        if (!args.isEmpty() && args.first() != size)
            return fail(QStringLiteral("the window is %1, not %2").arg(size, args.first()));
        return true;
    }
    if (verb == QLatin1String("pages")) {
        const QStringList keys = pageKeys(firstArticleId(m_window));
        for (const QString &key : keys)
            std::printf("%s\n", qPrintable(key));
        std::fflush(stdout);
        return true;
    }
    if (verb == QLatin1String("kill")) {
        std::fflush(stdout);
        std::raise(SIGKILL); // as a phone's system ends an app: no clean-up, nothing saved now
        return false;
    }
    if (verb == QLatin1String("quit")) {
        m_index = int(m_steps.size());
        return true;
    }
    return fail(QStringLiteral("unknown step: %1").arg(step));
}

QQuickItem *UiDriver::find(const QString &objectName) const
{
    QList<QQuickItem *> found;
    collect(m_window->contentItem(), objectName, &found);
    // The last one is on top: a page pushed over another, a dialog over its page.
    return found.isEmpty() ? nullptr : found.constLast();
}

// A container named for a person (PassphraseField, a card) is clicked where its field or
// button is: the first visible item inside that takes mouse presses.
QQuickItem *UiDriver::clickTarget(QQuickItem *item) const
{
    // Not acceptedMouseButtons(): Text accepts presses too, for links.
    const auto takesClicks = [](const QQuickItem *i) {
        for (const char *type : {"QQuickAbstractButton", "QQuickTextInput", "QQuickTextEdit",
                                 "QQuickComboBox", "QQuickMouseArea", "QQuickSpinBox"}) {
            if (i->inherits(type))
                return true;
        }
        return i->activeFocusOnTab();
    };
    if (takesClicks(item))
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children) {
        if (!child->isVisible())
            continue;
        if (QQuickItem *target = clickTarget(child); takesClicks(target))
            return target;
    }
    return item;
}

void UiDriver::scrollIntoView(QQuickItem *item) const
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (!isFlickable(p))
            continue;
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content)
            continue;
        const QPointF top = item->mapToItem(content, QPointF(0, 0));
        const qreal contentY = p->property("contentY").toReal();
        const qreal contentHeight = p->property("contentHeight").toReal();
        // A list's header starts above 0 (originY < 0); a plain Flickable's content at 0.
        const qreal originY = p->property("originY").toReal();
        if (top.y() < contentY || top.y() + item->height() > contentY + p->height()) {
            const qreal wanted = top.y() - p->height() / 3;
            p->setProperty(
                "contentY",
                std::max<qreal>(originY, std::min(wanted, originY + contentHeight - p->height())));
        }
    }
}

void UiDriver::click(QQuickItem *item)
{
    QQuickItem *target = clickTarget(item);
    scrollIntoView(target);
    const QPointF pos = target->mapToScene(QPointF(target->width() / 2, target->height() / 2));
    std::printf("drive:   %s at %.0f,%.0f\n", target->metaObject()->className(), pos.x(), pos.y());
    const QPointF global = m_window->mapToGlobal(pos.toPoint());
    QMouseEvent press(QEvent::MouseButtonPress, pos, global, Qt::LeftButton, Qt::LeftButton,
                      Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, pos, global, Qt::LeftButton, Qt::NoButton,
                        Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
}

void UiDriver::typeText(const QString &text)
{
    for (const QChar c : text)
        pressKey(keyFor(c), c.isUpper() ? Qt::ShiftModifier : Qt::NoModifier, QString(c));
}

void UiDriver::pressKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, modifiers, text);
    QCoreApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, modifiers, text);
    QCoreApplication::sendEvent(m_window, &release);
}

bool UiDriver::fail(const QString &problem)
{
    std::fprintf(stderr, "drive: step %d (%s) failed: %s\n", m_index + 1,
                 m_index < m_steps.size() ? qPrintable(m_steps.at(m_index)) : "end",
                 qPrintable(problem));
    QCoreApplication::exit(1);
    m_index = int(m_steps.size()) + 1;
    deleteLater();
    return false;
}

} // namespace dit

// The macro pastes the name into identifiers, so it needs an unqualified one.
static void startUiDriver()
{
    dit::startFromEnvironment();
}
Q_COREAPP_STARTUP_FUNCTION(startUiDriver)
