#pragma once

#include "letters/LetterStore.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace dit {

// Every letter on this device (the therapist's letters and the patient's replies), oldest
// first. Reached from QML as Letters.library.
class LetterLibraryModel final : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use Letters.library")

public:
    enum Roles {
        LetterIdRole = Qt::UserRole + 1,
        TitleRole,
        IsReplyRole,
        AuthorTextRole,
        DateTextRole,
        StatusTextRole,
        VersionCountRole,
        HeadCountRole,
    };

    explicit LetterLibraryModel(QObject *parent);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setLetters(const QList<LetterSummary> &letters);
    const QList<LetterSummary> &letters() const { return m_letters; }

    // "Final version", "Shared with you", "Draft": what state the shown version is in.
    static QString statusText(const LetterSummary &summary);

private:
    QList<LetterSummary> m_letters;
};

} // namespace dit
