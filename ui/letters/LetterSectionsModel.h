#pragma once

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// The sections of a letter being written, as typed. Reached from QML as
// LetterEditing.sections. Edits come back through LetterEditing so they are autosaved;
// they do not emit dataChanged (the text box already shows them, and re-setting its text
// would move the cursor).
class LetterSectionsModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use LetterEditing.sections")

public:
    enum Roles {
        KeyRole = Qt::UserRole + 1,
        HeadingRole,
        TextRole,
        PromptRole,
        OptionalRole,
    };

    struct Section
    {
        QString key;
        QString heading;
        QString text; // as typed
        QString prompt;
        bool optional = false;
    };

    explicit LetterSectionsModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setSections(const QList<Section> &sections);
    const QList<Section> &sections() const { return m_sections; }
    // Returns whether anything changed.
    bool setText(int row, const QString &text);
    bool setHeading(int row, const QString &heading);

private:
    QList<Section> m_sections;
};

} // namespace dit
