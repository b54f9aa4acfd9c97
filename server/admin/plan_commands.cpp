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

namespace {

// A move or merge may not rewrite history already recorded: it must come after the unit's last change.
bool afterLastChange(PlanRepository& plans, const QString& unit, const QDate& date, QTextStream& err) {
  const QDate last = plans.lastChange(unit);
  if (!last.isValid() || date >= last) return true;
  refuse(err, QStringLiteral("%1 đã thay đổi ngày %2; ngày hiệu lực phải từ ngày đó").arg(unit, last.toString(Qt::ISODate)),
         QStringLiteral("%1 last changed on %2; the effective date must not be earlier").arg(unit, last.toString(Qt::ISODate)));
  return false;
}

bool isMerged(PlanRepository& plans, const QString& unit) {
  for (const UnitHistoryEntry& entry : plans.history())
    if (entry.unitId == unit && !entry.mergedInto.isEmpty()) return true;
  return false;
}

}  // namespace

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

int moveUnit(Database& db, const QString& unit, const QString& parent, const QDate& from, QTextStream& out,
             QTextStream& err) {
  Transaction tx(db, Transaction::Mode::Write);
  OrgUnitRepository units(tx);
  PlanRepository plans(tx);
  const OrgTree tree = units.tree();
  const OrgUnit* moving = tree.find(unit);
  const OrgUnit* target = tree.find(parent);
  if (!moving || !target) return refuseUnknown(err, moving ? parent : unit);
  if (tree.isWithin(parent, unit))
    return refuse(err, QStringLiteral("%1 nằm trong %2: sẽ thành vòng lặp").arg(parent, unit),
                  QStringLiteral("%1 is inside %2: that would make a cycle").arg(parent, unit));
  if (static_cast<int>(target->level) >= static_cast<int>(moving->level))
    return refuse(err, QStringLiteral("%1 phải ở cấp trên %2").arg(parent, unit),
                  QStringLiteral("%1 must be at a level above %2").arg(parent, unit));
  if (moving->parentId == parent)
    return refuse(err, QStringLiteral("%1 đã thuộc %2").arg(unit, parent), QStringLiteral("%1 is already under %2").arg(unit, parent));
  if (isMerged(plans, unit) || isMerged(plans, parent))
    return refuse(err, QStringLiteral("Đơn vị đã sáp nhập không thể chuyển"), QStringLiteral("A merged unit cannot be moved"));
  if (!afterLastChange(plans, unit, from, err)) return 1;
  plans.insertHistory({unit, moving->parentId, plans.lastChange(unit), from, QString()});
  OrgUnit moved = *moving;
  moved.parentId = parent;
  units.upsert({moved});  // recomputes the paths of the moved subtree: pulls follow today's tree
  tx.commit();
  out << QStringLiteral("move-unit: %1 under %2 from %3").arg(unit, parent, from.toString(Qt::ISODate)) << Qt::endl;
  return 0;
}

int mergeUnits(Database& db, const QString& from, const QString& into, const QDate& date, QTextStream& out,
               QTextStream& err) {
  Transaction tx(db, Transaction::Mode::Write);
  OrgUnitRepository units(tx);
  PlanRepository plans(tx);
  const OrgTree tree = units.tree();
  const OrgUnit* merged = tree.find(from);
  const OrgUnit* successor = tree.find(into);
  if (!merged || !successor) return refuseUnknown(err, merged ? into : from);
  if (from == into || merged->level != successor->level)
    return refuse(err, QStringLiteral("Chỉ sáp nhập hai đơn vị khác nhau cùng cấp"),
                  QStringLiteral("Only two different units of the same level can be merged"));
  if (isMerged(plans, from) || isMerged(plans, into))
    return refuse(err, QStringLiteral("Đơn vị đã được sáp nhập trước đó"), QStringLiteral("A unit was merged already"));
  if (!afterLastChange(plans, from, date, err)) return 1;
  std::vector<OrgUnit> changed;
  for (const QString& childId : tree.children(from)) {
    if (!afterLastChange(plans, childId, date, err)) return 1;
    OrgUnit child = *tree.find(childId);
    plans.insertHistory({childId, from, plans.lastChange(childId), date, QString()});
    child.parentId = into;
    changed.push_back(child);
  }
  plans.insertHistory({from, merged->parentId, plans.lastChange(from), date, into});
  // The merged unit stays in today's tree, under its successor: its records keep their unit, and devices
  // of the successor pull and may correct them. Progress from the date counts them for the successor.
  OrgUnit kept = *merged;
  kept.parentId = into;
  changed.push_back(kept);
  units.upsert(changed);
  tx.commit();
  out << QStringLiteral("merge-units: %1 into %2 from %3 (%4 units moved)")
             .arg(from, into, date.toString(Qt::ISODate))
             .arg(changed.size() - 1)
      << Qt::endl;
  return 0;
}

}  // namespace sohoi::server
