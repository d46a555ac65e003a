#include "Migrations.h"
#include "storage/Database.h"

namespace dit::migrations {

// The answers flagged at risk, indexed on their own (docs/PERFORMANCE.md, "The caseload after
// unlocking"): the caseload counts each patient's unacknowledged risk answers, and without
// this SQLite read and decrypted every stored answer of every patient to find the few. A
// partial index holds only the rows whose compact JSON body says "risk":true; the caseload's
// query names the same condition, so SQLite reads just those (caseload::caseloadRows, which
// still parses each one to be sure).
Status m0006RiskIndex(Database &db)
{
    return db.exec(R"sql(
CREATE INDEX records_at_risk ON records(kind, subject) WHERE body LIKE '%"risk":true%';
)sql");
}

} // namespace dit::migrations
