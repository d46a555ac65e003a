import QtQuick
import QtTest
import org.ditcompanion.app
import org.ditcompanion.design
import org.ditcompanion.testing

// Settings: auto-lock time, passphrase change, colours.
TestCase {
    id: tc
    name: "Settings"
    width: 412
    height: 915
    visible: true
    when: windowShown

    Component {
        id: change
        ChangePassphrasePage {
            width: tc.width
            height: tc.height
        }
    }
    Component {
        id: settings
        SettingsPage {
            width: tc.width
            height: tc.height
        }
    }
    SignalSpy {
        id: changed
        target: Session
        signalName: "passphraseChangeFinished"
    }

    function init() {
        verify(TestDriver.lockedProfile("first passphrase"));
        Session.unlock("first passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
        changed.clear();
    }

    function test_autoLockTimeIsKept() {
        const page = createTemporaryObject(settings, tc);
        const combo = findChild(page, "autoLockMinutes");
        compare(combo.minutes[combo.currentIndex], 5);
        Session.autoLockMinutes = 10;
        compare(TestDriver.setting("autolock_minutes"), "10");
        compare(combo.minutes[combo.currentIndex], 10);
    }

    // Plurals come from the English translation, not a raw "(s)".
    function test_pluralsAreEnglish() {
        const page = createTemporaryObject(settings, tc);
        const combo = findChild(page, "autoLockMinutes");
        compare(combo.model[0], "1 minute");
        compare(combo.model[2], "5 minutes");
    }

    function test_changePassphrase() {
        const page = createTemporaryObject(change, tc);
        findChild(page, "currentPassphrase").text = "first passphrase";
        findChild(page, "nextPassphrase").text = "second passphrase";
        findChild(page, "repeatNextPassphrase").text = "second passphrase";
        mouseClick(findChild(page, "changePassphrase"));
        changed.wait(10000);
        compare(changed.signalArguments[0][0], true);
        verify(findChild(page, "changeResult").text.indexOf("changed") >= 0);
        compare(findChild(page, "currentPassphrase").text, "");

        Session.lock();
        Session.unlock("first passphrase");
        tryCompare(Session, "busy", false, 10000);
        compare(Session.state, Session.Locked);
        Session.unlock("second passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_wrongCurrentPassphraseChangesNothing() {
        const page = createTemporaryObject(change, tc);
        findChild(page, "currentPassphrase").text = "not the current one";
        findChild(page, "nextPassphrase").text = "second passphrase";
        findChild(page, "repeatNextPassphrase").text = "second passphrase";
        mouseClick(findChild(page, "changePassphrase"));
        changed.wait(10000);
        compare(changed.signalArguments[0][0], false);
        verify(findChild(page, "changeResult").text.indexOf("not right") >= 0);
        Session.lock();
        Session.unlock("first passphrase");
        tryCompare(Session, "state", Session.Unlocked, 10000);
    }

    function test_colourChoice() {
        const page = createTemporaryObject(settings, tc);
        const before = Appearance.themeMode;
        mouseClick(findChild(page, "theme_dark"));
        compare(Appearance.themeMode, "dark");
        verify(Theme.dark);
        mouseClick(findChild(page, "theme_light"));
        verify(!Theme.dark);
        Appearance.themeMode = before;
    }
}
