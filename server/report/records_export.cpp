#include "records_export.h"

#include "storage/current_records.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

#include "plan/record_filter.h"

#include <algorithm>

namespace sohoi::server {

const std::vector<plan::RecordView>& RecordsExport::of(RecordKind kind) const {
  static const std::vector<plan::RecordView> none;
  const auto found = byKind.find(kind);
  return found == byKind.end() ? none : found->second;
}

std::variant<RecordsExport, ReportProblem> readRecordsExport(Database& database, const QString& unitSpec,
                                                             const ReportPeriod& period) {
  if (std::optional<ReportProblem> problem = period.problem()) return *problem;
  Transaction tx(database, Transaction::Mode::Read);
  const OrgTree tree = OrgUnitRepository(tx).tree();
  const QString unitId = reportUnitId(tree, unitSpec);
  if (unitId.isEmpty()) return unknownReportUnit(unitSpec);
  RecordsExport result;
  for (const QString& id : tree.subtree(unitId)) result.unitNames.insert(id, tree.find(id)->name);
  const plan::PeriodRange days = period.range();
  readCurrentRecords(tx, [&](CurrentRecord&& record) {
    if (!result.unitNames.contains(record.view.unitId)) return;
    const plan::Placement placement = plan::placeRecord(record.view, QString(), days);
    if (placement != plan::Placement::In && placement != plan::Placement::Undated) return;
    result.byKind[record.view.kind].push_back(std::move(record.view));
  });
  tx.commit();
  for (auto& [kind, records] : result.byKind) {
    const QString dateField = plan::periodField(kind);
    std::sort(records.begin(), records.end(), [&](const plan::RecordView& a, const plan::RecordView& b) {
      const QDate left = plan::sortDate(a, dateField), right = plan::sortDate(b, dateField);
      return left != right ? left < right : a.recordId < b.recordId;
    });
  }
  return result;
}

}  // namespace sohoi::server
