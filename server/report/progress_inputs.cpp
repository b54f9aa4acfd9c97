#include "progress_inputs.h"

#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"

#include "plan/plan_loader.h"
#include "plan/progress_engine.h"

namespace sohoi::server {

void ProgressInputs::place(plan::RecordView* record) const { record->unitId = tree.countsFor(record->unitId); }

std::optional<ProgressInputs> readProgressInputs(Transaction& tx, QDate asOf, QString* error) {
  PlanRepository plans(tx);
  std::optional<StoredPlan> stored = plans.newestPlan();
  if (!stored) {
    if (error)
      *error = QStringLiteral("Chưa nạp kế hoạch nào (sohoi-admin load-plan) / No plan loaded yet "
                              "(sohoi-admin load-plan)");
    return std::nullopt;
  }
  plan::PlanLoadResult loaded = plan::parsePlan(stored->text, stored->fileName);
  if (!loaded.ok()) {
    if (error)
      *error = QStringLiteral("Kế hoạch đã lưu không hợp lệ / The stored plan does not load: %1")
                   .arg(loaded.errors.empty() ? QString() : loaded.errors.front().toString());
    return std::nullopt;
  }
  ProgressInputs inputs;
  inputs.plan = std::move(*loaded.plan);
  inputs.asOf = plan::clampedAsOf(inputs.plan, asOf.isValid() ? asOf : QDate::currentDate());
  inputs.inputsVersion = plans.inputsVersion();
  inputs.treeVersion = MetaRepository(tx).value(QStringLiteral("tree_version")).value_or(QString());
  inputs.tree = plan::treeAt(OrgUnitRepository(tx).all(), plans.history(), inputs.asOf);
  inputs.baselines = plan::foldBaselines(plans.baselines(plan::kBaselineYear), inputs.tree);
  return inputs;
}

}  // namespace sohoi::server
