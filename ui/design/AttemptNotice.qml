import QtQuick
import org.ditcompanion.design

// The answer to a passphrase attempt: the last "not right", or the wait after too many. The
// wait replaces the message, and once it is over that old message does not come back; the
// next attempt says its own. The page gives the wait's words (with its plural forms).
Notice {
    id: notice
    property bool lockedOut: false
    property string lockoutText
    property string errorMessage
    property bool kept: true

    isError: true
    text: lockedOut ? lockoutText : kept ? errorMessage : ""
    onLockedOutChanged: {
        if (lockedOut)
            kept = false;
    }
    onErrorMessageChanged: {
        if (!lockedOut)
            kept = true;
    }
}
