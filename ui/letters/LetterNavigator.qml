import QtQuick
import org.ditcompanion.app

// Opens the letter's pages on a destination's StackView (the Letter destination, or Home
// after therapy): reading, writing, versions, what changed, deleting. The pages come from the
// route table by name (Routes.pageUrl), so each loads when first opened.
Item {
    id: nav
    // var, not StackView: qmllint does not match the attached StackView.view's type.
    property var stack: null
    visible: false

    // Opens one of the letter's pages by its file name ("letters/LetterReadPage", as the
    // route table names it) with its properties, wired as the functions below wire it.
    function open(name, p) {
        const type = name.substring(name.lastIndexOf("/") + 1);
        if (type === "LetterReadPage")
            return nav.read(p.letterId, p.versionId, p.initialSection);
        if (type === "LetterEditorPage")
            return nav.write(p.mode, p.letterId);
        if (type === "LetterComparePage")
            return nav.compare(p.letterId, p.fromVersion, p.toVersion);
        if (type === "LetterVersionsPage")
            return nav.versions(p.letterId);
        if (type === "LetterDeletePage")
            return nav.remove(p.letterId);
        return null;
    }
    function read(letterId, versionId, section) {
        if (!nav.stack)
            return null;
        const page = nav.stack.push(Routes.pageUrl("LetterReadPage"), { letterId: letterId, versionId: versionId || "", initialSection: section === undefined ? -1 : section }) as LetterReadPage;
        page.compareRequested.connect((id, toVersion) => nav.compare(id, "", toVersion));
        page.versionsRequested.connect(id => nav.versions(id));
        return page;
    }
    function write(mode, letterId) {
        if (!nav.stack)
            return null;
        return nav.stack.push(Routes.pageUrl("LetterEditorPage"), { mode: mode, letterId: letterId || "" });
    }
    function compare(letterId, fromVersion, toVersion) {
        if (!nav.stack)
            return null;
        return nav.stack.push(Routes.pageUrl("LetterComparePage"), { letterId: letterId, fromVersion: fromVersion || "", toVersion: toVersion || "" });
    }
    function versions(letterId) {
        if (!nav.stack)
            return null;
        const page = nav.stack.push(Routes.pageUrl("LetterVersionsPage"), { letterId: letterId }) as LetterVersionsPage;
        page.readRequested.connect(versionId => nav.stack.replace(Routes.pageUrl("LetterReadPage"), { letterId: letterId, versionId: versionId }));
        page.compareRequested.connect(toVersion => nav.compare(letterId, "", toVersion));
        return page;
    }
    function remove(letterId) {
        if (!nav.stack)
            return null;
        const page = nav.stack.push(Routes.pageUrl("LetterDeletePage"), { letterId: letterId }) as LetterDeletePage;
        page.finished.connect(deleted => {
            if (deleted)
                nav.stack.pop(null);
            else
                nav.stack.pop();
        });
        return page;
    }
}
