#pragma once

#include "LetterDiffModel.h"

#include <QColor>
#include <QObject>
#include <QQmlEngine>
#include <QQmlParserStatus>

namespace dit {

class AppContext;

// What changed in a version of a letter since the one before it, section by section, as soft
// highlights (LetterDiffModel). The comparison is computed in the core (letters/LetterDiff.h).
class LetterComparison : public QObject, public QQmlParserStatus
{
    Q_OBJECT
    QML_ELEMENT
    Q_INTERFACES(QQmlParserStatus)

    Q_PROPERTY(QString letterId READ letterId WRITE setLetterId NOTIFY changed)
    Q_PROPERTY(QString fromVersion READ fromVersion WRITE setFromVersion NOTIFY changed)
    Q_PROPERTY(QString toVersion READ toVersion WRITE setToVersion NOTIFY changed)
    Q_PROPERTY(QColor tint READ tint WRITE setTint NOTIFY tintChanged)
    Q_PROPERTY(dit::LetterDiffModel *sections READ sections CONSTANT)
    Q_PROPERTY(bool available READ available NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString fromLabel READ fromLabel NOTIFY changed)
    Q_PROPERTY(QString toLabel READ toLabel NOTIFY changed)
    Q_PROPERTY(QVariantList versions READ versions NOTIFY changed)

public:
    // QML makes it without arguments: its context comes from its engine (classBegin).
    explicit LetterComparison(QObject *parent = nullptr);
    explicit LetterComparison(AppContext &context, QObject *parent = nullptr);
    void classBegin() override;
    void componentComplete() override {}

    QString letterId() const { return m_letterId; }
    void setLetterId(const QString &id);
    // Empty: the version before `toVersion` (its parent).
    QString fromVersion() const { return m_from; }
    void setFromVersion(const QString &id);
    // Empty: the version shown by default (LetterStore::currentVersion).
    QString toVersion() const { return m_to; }
    void setToVersion(const QString &id);
    // The soft highlight behind changed words.
    QColor tint() const { return m_tint; }
    void setTint(const QColor &c);
    LetterDiffModel *sections() { return &m_sections; }
    bool available() const { return m_available; }
    QString summary() const { return m_summary; }
    QString fromLabel() const { return m_fromLabel; }
    QString toLabel() const { return m_toLabel; }
    // [{id, label}] oldest first, for choosing what to compare.
    QVariantList versions() const { return m_versions; }

Q_SIGNALS:
    void changed();
    void tintChanged();

private:
    AppContext *m_ctx = nullptr;
    void useContext(AppContext &context);
    void reload();

    QString m_letterId;
    QString m_from;
    QString m_to;
    QColor m_tint = QColor(0xdd, 0xec, 0xee);
    LetterDiffModel m_sections;
    bool m_available = false;
    QString m_summary;
    QString m_fromLabel;
    QString m_toLabel;
    QVariantList m_versions;
};

} // namespace dit
