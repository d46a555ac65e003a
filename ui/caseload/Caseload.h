#pragma once

#include "CaseloadRows.h"
#include "RowsModel.h"
#include "caseload/PatientStore.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>

#include <functional>

namespace dit {

class AppContext;

// A therapist's caseload (docs/THERAPIST.md): the list (next session first, a flag in words on any
// risk answer not yet acknowledged), search, archived patients on request; adding, renaming,
// archiving and restoring patients (each a new version of the patient's record, nothing
// deleted); exporting the whole caseload's answers for the service.
class Caseload : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    // Rows: patientId, label, archived, courseLine, nextSession, riskCount, riskText,
    // description (the whole row as one sentence for screen readers).
    Q_PROPERTY(dit::RowsModel *patients READ patients CONSTANT)
    Q_PROPERTY(QString search READ search WRITE setSearch NOTIFY searchChanged)
    Q_PROPERTY(bool showArchived READ showArchived WRITE setShowArchived NOTIFY showArchivedChanged)
    Q_PROPERTY(int activeCount READ activeCount NOTIFY changed)
    Q_PROPERTY(int archivedCount READ archivedCount NOTIFY changed)
    Q_PROPERTY(int needingReview READ needingReview NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString emptyTitle READ emptyTitle NOTIFY changed)
    Q_PROPERTY(QString emptyText READ emptyText NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(int maxLabelLength READ maxLabelLength CONSTANT)

public:
    explicit Caseload(AppContext &context, QObject *parent = nullptr);
    static Caseload *create(QQmlEngine *, QJSEngine *);

    RowsModel *patients() { return &m_patients; }
    QString search() const { return m_search; }
    void setSearch(const QString &search);
    bool showArchived() const { return m_showArchived; }
    void setShowArchived(bool show);
    int activeCount() const { return m_activeCount; }
    int archivedCount() const { return m_archivedCount; }
    int needingReview() const { return m_needingReview; }
    QString summary() const;
    QString emptyTitle() const;
    QString emptyText() const;
    QString errorMessage() const { return m_error; }
    bool busy() const { return m_busy; }
    int maxLabelLength() const;

    // Empty if the label can be saved; otherwise why not.
    Q_INVOKABLE QString labelProblem(const QString &label) const;
    // A warning when a label looks identifying (a full name, an email, a number); it can
    // still be saved.
    Q_INVOKABLE QString labelWarning(const QString &label) const;
    // The new patient's id, or empty with errorMessage saying why.
    Q_INVOKABLE QString add(const QString &label);
    // Like every invokable that can fail: false, nothing changed, with errorMessage saying
    // why (docs/ARCHITECTURE.md, "The QML boundary").
    Q_INVOKABLE bool rename(const QString &patientId, const QString &label);
    Q_INVOKABLE bool archive(const QString &patientId);
    Q_INVOKABLE bool restore(const QString &patientId);
    Q_INVOKABLE QString labelOf(const QString &patientId) const;
    // Every patient's answers (archived ones too) as "fhir" or "csv", after the passphrase
    // is given again (it carries everything away, unencrypted: as for a backup).
    // exportFinished(ok, message) follows.
    Q_INVOKABLE void exportAll(const QString &format, const QUrl &file, QString passphrase);
    Q_INVOKABLE QString exportFileName(const QString &format) const;
    Q_INVOKABLE void refresh();
    // How many times the list has been built from the store (for tests: once on unlock,
    // docs/PERFORMANCE.md).
    int builds() const { return m_builds; }

Q_SIGNALS:
    void changed();
    void searchChanged();
    void showArchivedChanged();
    void busyChanged();
    void exportFinished(bool ok, const QString &message);

private:
    void setError(const QString &message);
    // Runs one change to the patients; says why it failed, or tells every view it was made.
    bool applyChange(const std::function<Result<Patient>(PatientStore &)> &change);

    AppContext &m_ctx;
    TypedRows<PatientRow> m_patients;
    QTimer m_tick;
    QString m_search;
    bool m_showArchived = false;
    bool m_busy = false;
    int m_activeCount = 0;
    int m_archivedCount = 0;
    int m_needingReview = 0;
    int m_builds = 0;
    QString m_error;
};

} // namespace dit
