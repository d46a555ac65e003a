#include "CaseloadExport.h"

#include "PatientStore.h"
#include "measures/ResponseExport.h"
#include "measures/ResponseStore.h"
#include "storage/Store.h"

#include <QJsonDocument>

namespace dit::caseload {

Result<QByteArray> exportResponses(Store &store, const InstrumentCatalogue &catalogue,
                                   const QString &patientId, ExportFormat format,
                                   const QDateTime &timestamp)
{
    PatientStore patients(store.records());
    QList<Patient> who;
    if (patientId.isEmpty()) {
        auto all = patients.all();
        if (!all)
            return all.error();
        who = all.value();
    } else {
        auto one = patients.get(patientId);
        if (!one)
            return one.error();
        who = {one.value()};
    }
    PatientLabels labels;
    QList<StoredResponse> responses;
    ResponseStore store_(store.records(), catalogue);
    for (const Patient &p : std::as_const(who)) {
        labels.insert(p.id, p.label);
        auto theirs = store_.all(p.id);
        if (!theirs)
            return theirs.error();
        responses.append(theirs.value());
    }
    if (format == ExportFormat::Csv)
        return toCsv(responses, catalogue, labels);
    return QJsonDocument(toFhirBundle(responses, catalogue, timestamp, labels))
        .toJson(QJsonDocument::Indented);
}

} // namespace dit::caseload
