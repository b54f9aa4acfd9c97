#include "progress_report_data.h"

#include "progress_from_scratch.h"

namespace sohoi::server {

std::variant<ProgressReportData, ReportProblem> readProgressReport(Database& database, const QString& unitSpec,
                                                                   const ReportPeriod& period, const QDate& today) {
  if (std::optional<ReportProblem> problem = period.problem()) return *problem;
  QString error;
  std::optional<ScratchProgress> scratch = progressFromScratch(database, period.asOf(today), &error);
  if (!scratch) return ReportProblem{ReportRefusal::NoPlan, error, QString()};
  const ProgressInputs& inputs = scratch->inputs;
  // Progress is computed against the newest plan only: another year's figures would be read against the
  // wrong targets.
  if (inputs.plan.year != period.year)
    return ReportProblem{
        ReportRefusal::NoPlan,
        QStringLiteral("Không có kế hoạch năm %1 (kế hoạch đã nạp: năm %2)").arg(period.year).arg(inputs.plan.year),
        QStringLiteral("No plan for %1 (the plan loaded is for %2)").arg(period.year).arg(inputs.plan.year)};
  const OrgTree& tree = inputs.tree.tree;
  const QString unitId = inputs.tree.countsFor(reportUnitId(tree, unitSpec, inputs.plan.provinceId));
  if (!tree.contains(unitId)) return unknownReportUnit(unitSpec);
  ProgressReportData data;
  data.period = period;
  data.asOf = inputs.asOf;
  const OrgUnit* province = tree.find(reportUnitId(tree, QStringLiteral("root"), inputs.plan.provinceId));
  data.provinceName = province ? province->name : QString();
  data.unit = scratch->engine->progress(unitId, 1);
  data.plan = std::move(scratch->inputs.plan);
  return data;
}

}  // namespace sohoi::server
