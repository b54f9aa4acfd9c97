#include "plan_commands.h"

#include "admin_output.h"
#include "baseline_file.h"

#include "report/progress_format.h"
#include "report/progress_from_scratch.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"

#include "plan/plan_loader.h"

#include <QFileInfo>

namespace sohoi::server {

bool storePlanFile(Transaction& tx, const QString& path, QTextStream& err) {
  QByteArray text;
  if (!readFile(path, &text, err)) return false;
  const QString name = QFileInfo(path).fileName();
  const plan::PlanLoadResult loaded = plan::parsePlan(text, path);
  if (!loaded.ok()) {
    for (const plan::PlanError& error : loaded.errors) err << error.toString() << Qt::endl;
    return false;
  }
  OrgUnitRepository units(tx);
  if (units.count() > 0 && !units.find(loaded.plan->provinceId)) {
    err << QStringLiteral("%1:1: tỉnh %2 của kế hoạch không có trong cây tổ chức / the plan's province %2 is "
                          "not in the org tree")
               .arg(path, loaded.plan->provinceId)
        << Qt::endl;
    return false;
  }
  PlanRepository(tx).insertPlan(loaded.plan->year, loaded.plan->provinceId, name, text);
  return true;
}

int loadPlan(Database& db, const QString& path, QTextStream& out, QTextStream& err) {
  Transaction tx(db, Transaction::Mode::Write);
  if (!storePlanFile(tx, path, err)) return 1;
  tx.commit();
  const plan::PlanLoadResult loaded = plan::loadPlanFile(path);
  out << QStringLiteral("load-plan: %1 (%2), %3 indicators").arg(path).arg(loaded.plan->year).arg(loaded.plan->indicators.size())
      << Qt::endl;
  return 0;
}

int loadBaselines(Database& db, const QString& path, QTextStream& out, QTextStream& err) {
  QByteArray text;
  if (!readFile(path, &text, err)) return 1;
  Transaction tx(db, Transaction::Mode::Write);
  const BaselineFile file = BaselineFile::parse(text, OrgUnitRepository(tx).tree());
  if (!file.ok()) {
    err << path << QLatin1Char(':') << file.errorLine << QStringLiteral(": ") << file.error << Qt::endl;
    return 1;
  }
  PlanRepository(tx).saveBaselines(file.baselines);
  tx.commit();
  out << QStringLiteral("load-baselines: %1 units").arg(file.baselines.size()) << Qt::endl;
  return 0;
}

int printProgress(Database& db, const QString& unit, int depth, const QString& format, const QDate& asOf,
                  QTextStream& out, QTextStream& err) {
  ProgressFormat chosen = ProgressFormat::Table;
  if (!progressFormatFromName(format, &chosen))
    return refuse(err, QStringLiteral("Định dạng không rõ \"%1\" (table, csv, json)").arg(format),
                  QStringLiteral("Unknown format \"%1\" (table, csv, json)").arg(format)) + 1;
  QString error;
  std::optional<ScratchProgress> scratch = progressFromScratch(db, asOf, &error);
  if (!scratch) {
    err << error << Qt::endl;
    return 1;
  }
  const OrgTree& tree = scratch->inputs.tree.tree;
  QString unitId = unit;
  if (unit == QLatin1String("root")) {
    unitId = tree.contains(scratch->inputs.plan.provinceId) ? scratch->inputs.plan.provinceId : QString();
    for (const OrgUnit& each : tree.units())
      if (unitId.isEmpty() && each.parentId.isEmpty()) unitId = each.id;
  }
  unitId = scratch->inputs.tree.countsFor(unitId);
  if (!tree.contains(unitId)) return refuseUnknown(err, unit);
  out << formatProgress(scratch->inputs.plan, scratch->inputs.asOf, scratch->engine->progress(unitId, depth), chosen);
  out.flush();
  return 0;
}

}  // namespace sohoi::server
