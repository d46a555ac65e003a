#pragma once

#include "LetterDiffModel.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>

namespace dit {

// Two versions of one letter side by side in words: what was added and what was taken out,
// section by section. The comparison is computed in the core (letters/LetterDiff.h).
class LetterComparison : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY changed)
    Q_PROPERTY(QString fromVersion READ fromVersion WRITE setFromVersion NOTIFY changed)
    Q_PROPERTY(QString toVersion READ toVersion WRITE setToVersion NOTIFY changed)
    Q_PROPERTY(QColor insertedColor READ insertedColor WRITE setInsertedColor NOTIFY coloursChanged)
    Q_PROPERTY(QColor deletedColor READ deletedColor WRITE setDeletedColor NOTIFY coloursChanged)
    Q_PROPERTY(dit::LetterDiffModel *sections READ sections CONSTANT)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString fromLabel READ fromLabel NOTIFY changed)
    Q_PROPERTY(QString toLabel READ toLabel NOTIFY changed)
    Q_PROPERTY(QVariantList versions READ versions NOTIFY changed)
    Q_PROPERTY(QString insertedExample READ insertedExample NOTIFY coloursChanged)
    Q_PROPERTY(QString deletedExample READ deletedExample NOTIFY coloursChanged)

public:
    explicit LetterComparison(QObject *parent = nullptr);

    QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    // Empty: the version before `toVersion` (its parent).
    QString fromVersion() const { return m_from; }
    void setFromVersion(const QString &id);
    // Empty: the version shown by default (LetterStore::currentVersion).
    QString toVersion() const { return m_to; }
    void setToVersion(const QString &id);
    QColor insertedColor() const { return m_inserted; }
    void setInsertedColor(const QColor &c);
    QColor deletedColor() const { return m_deleted; }
    void setDeletedColor(const QColor &c);
    LetterDiffModel *sections() { return &m_sections; }
    bool available() const { return m_available; }
    QString summary() const { return m_summary; }
    QString fromLabel() const { return m_fromLabel; }
    QString toLabel() const { return m_toLabel; }
    // [{id, label}] oldest first, for choosing what to compare.
    QVariantList versions() const { return m_versions; }
    // The legend: each kind of change shown the way the comparison shows it.
    QString insertedExample() const;
    QString deletedExample() const;

Q_SIGNALS:
    void changed();
    void coloursChanged();

private:
    void reload();

    QString m_letterId;
    QString m_from;
    QString m_to;
    QColor m_inserted = QColor(0x2b, 0x6b, 0x3a);
    QColor m_deleted = QColor(0xa0, 0x26, 0x1c);
    LetterDiffModel m_sections;
    bool m_available = false;
    QString m_summary;
    QString m_fromLabel;
    QString m_toLabel;
    QVariantList m_versions;
};

} // namespace dit
