#pragma once

#include "common/Clock.h"

#include <QObject>
#include <QPointer>
#include <QQuickWindow>
#include <QStringList>

class QQuickItem;

namespace dit {

// The app's clock in test-hook builds (main.cpp): the system's, moved only by the driver's
// "clock" and "advance-days" steps or DIT_TEST_NOW (a local ISO time set at start, for the
// gallery), so a release build has no way to move it. Its moves stand for time passing, not
// a person setting the clock: the boot clock moves with it (ClockWatch sees no change).
class DrivenClock final : public Clock
{
public:
    QDateTime now() const override;
    BootTime sinceBoot() const override;
    static void moveTo(const QDateTime &when);
    static void advanceDays(int days);
};

// Test-only (DIT_TEST_HOOKS): drives the real app the way a person would, from a script
// named by DIT_DRIVE, one step a line ("#" starts a comment):
//   wait-for NAME [MS]      until an item with this objectName is visible (default 10 s)
//   wait-gone NAME [MS]     until no such item is visible
//   click NAME              scrolls it into view and clicks its middle with the mouse
//   click-if NAME           the same if there is such an item, else nothing
//   show NAME               scrolls it into view, as a person scrolling to it
//   until NAME: STEP; STEP  repeats the steps until NAME is visible (at most 100 times)
//   type TEXT               key presses for each character, to the focused item
//   key KEY[, KEY]          key presses, in QKeySequence names: Return, Tab, Esc, Shift+Right;
//                           up to four, one after the other ("key 3, Return")
//   expect NAME PROP VALUE  the visible item's property (as text) becomes VALUE (10 s)
//   expect-start NAME PROP TEXT  the property comes to begin with TEXT (60 s: a sync pass)
//   save NAME PROP FILE     writes the property (as text) to FILE, relative to the working
//                           folder; of several visible items so named, all in order, with a
//                           space between ("pairCodeGroup": the code a person would copy)
//   type-file FILE          types FILE's text, as `type` does (a code saved by another run)
//   page KEY                opens a page as --page does
//   screenshot FILE         saves the window as DIT_DRIVE_SHOTS/FILE (default: the cwd)
//   pause MS                waits
//   clock YYYY-MM-DDTHH:MM  sets the app's clock (DrivenClock) to this local time; it runs
//                           on from there, so a journey does not depend on the hour it runs
//   advance-days N          moves the app's clock N days on ("a week later"); the app sees
//                           the new day when it next looks (unlocking, a page opened, its
//                           minute tick), as after a real wait
//   window-fits [WxH]       the window, with its frame, is inside its screen's available
//                           geometry (and is WxH, if given); prints both
//   pages                   prints every page key (PageKeys.h), one a line
//   quit                    exits with 0
//   kill                    ends the app at once with SIGKILL, as a system would (a journey
//                           that restarts it checks nothing was lost)
// Each step is echoed on stdout; the first that fails is reported on stderr and the app
// exits with 1. It starts itself when the application is constructed (see UiDriver.cpp), so
// main() needs no hook.
class UiDriver : public QObject
{
    Q_OBJECT

public:
    explicit UiDriver(const QStringList &steps, QObject *parent = nullptr);
    void start();

private:
    void next();
    // Runs one step; false with `m_problem` set when it failed. Steps that wait set
    // m_waitUntil and return true; next() calls them again until they finish.
    bool run(const QString &step, bool *done);
    QQuickItem *find(const QString &objectName) const;
    QQuickItem *clickTarget(QQuickItem *item) const;
    void scrollIntoView(QQuickItem *item) const;
    void click(QQuickItem *item);
    void pressKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void typeText(const QString &text); // a key press for each character
    bool fail(const QString &problem);  // reports, exits with 1, returns false

    QStringList m_steps;
    int m_index = 0;
    qint64 m_waitUntil = 0;
    int m_rounds = 0;
    QPointer<QQuickWindow> m_window;
};

} // namespace dit
