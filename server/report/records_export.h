#pragma once
// The records a unit's export holds: every current (not deleted) record of the unit and the units below it
// whose date falls in the period (undated kinds, a registry such as households and people, as they stand),
// grouped by kind and ordered by date, then id, so the same database gives the same files.
#include "report_period.h"
#include "report_request.h"

#include "plan/record_view.h"

#include <QHash>
#include <map>
#include <variant>
#include <vector>

namespace sohoi::server {

class Database;

struct RecordsExport {
  std::map<RecordKind, std::vector<plan::RecordView>> byKind;  // only the kinds that have records
  QHash<QString, QString> unitNames;                           // by unit id, for the unit column

  /// kind's records; none when it has none.
  const std::vector<plan::RecordView>& of(RecordKind kind) const;
};

/// A problem when the period is not usable or the unit unknown. Throws StorageError.
std::variant<RecordsExport, ReportProblem> readRecordsExport(Database& database, const QString& unitSpec,
                                                             const ReportPeriod& period);

}  // namespace sohoi::server
