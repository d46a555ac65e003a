#pragma once

#include <QObject>

namespace dit {

// Tells every letter view model that letters, marks or drafts changed (a version saved, a
// passage marked, a letter deleted), so each shows the same state. One per process.
class LetterEvents : public QObject
{
    Q_OBJECT

public:
    static LetterEvents &instance();
    static void notify() { Q_EMIT instance().changed(); }

Q_SIGNALS:
    void changed();

private:
    LetterEvents() = default;
};

} // namespace dit
