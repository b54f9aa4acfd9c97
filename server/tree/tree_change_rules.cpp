#include "tree_change_rules.h"

#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"

namespace sohoi::server {

namespace {

Rejection refusal(const QString& vi, const QString& en) { return Rejection{ReasonCode::None, QString(), vi, en}; }

// A move or merge may not rewrite history already recorded: it must come after the unit's last change.
std::optional<Rejection> beforeLastChange(PlanRepository& plans, const QString& unit, const QDate& date) {
  const QDate last = plans.lastChange(unit);
  if (!last.isValid() || date >= last) return std::nullopt;
  return refusal(QStringLiteral("%1 đã thay đổi ngày %2; ngày hiệu lực phải từ ngày đó").arg(unit, last.toString(Qt::ISODate)),
                 QStringLiteral("%1 last changed on %2; the effective date must not be earlier").arg(unit, last.toString(Qt::ISODate)));
}

std::optional<Rejection> checkMove(const OrgTree& tree, const OrgUnit& moving, const OrgUnit& target) {
  if (tree.isWithin(target.id, moving.id))
    return refusal(QStringLiteral("%1 nằm trong %2: sẽ thành vòng lặp").arg(target.id, moving.id),
                   QStringLiteral("%1 is inside %2: that would make a cycle").arg(target.id, moving.id));
  if (static_cast<int>(target.level) >= static_cast<int>(moving.level))
    return refusal(QStringLiteral("%1 phải ở cấp trên %2").arg(target.id, moving.id),
                   QStringLiteral("%1 must be at a level above %2").arg(target.id, moving.id));
  if (moving.parentId == target.id)
    return refusal(QStringLiteral("%1 đã thuộc %2").arg(moving.id, target.id),
                   QStringLiteral("%1 is already under %2").arg(moving.id, target.id));
  if (moving.closed() || target.closed())
    return refusal(QStringLiteral("Đơn vị đã sáp nhập không thể chuyển"), QStringLiteral("A merged unit cannot be moved"));
  return std::nullopt;
}

std::optional<Rejection> checkMerge(const OrgTree& tree, PlanRepository& plans, const OrgUnit& merged,
                                    const OrgUnit& successor, const QDate& date) {
  if (merged.id == successor.id || tree.isWithin(successor.id, merged.id))
    return refusal(QStringLiteral("Không thể sáp nhập %1 vào chính nó hay vào đơn vị trực thuộc nó").arg(merged.id),
                   QStringLiteral("%1 cannot be merged into itself or a unit under it").arg(merged.id));
  if (merged.level != successor.level)
    return refusal(QStringLiteral("Chỉ sáp nhập hai đơn vị khác nhau cùng cấp"),
                   QStringLiteral("Only two different units of the same level can be merged"));
  if (merged.closed() || successor.closed())
    return refusal(QStringLiteral("Đơn vị đã được sáp nhập trước đó"), QStringLiteral("A unit was merged already"));
  for (const QString& childId : tree.children(merged.id))
    if (auto problem = beforeLastChange(plans, childId, date)) return problem;
  return std::nullopt;
}

}  // namespace

std::optional<Rejection> checkTreeChange(Transaction& tx, const TreeChange& change) {
  PlanRepository plans(tx);
  const OrgTree tree = OrgUnitRepository(tx).tree();
  const OrgUnit* unit = tree.find(change.unitId);
  const OrgUnit* target = tree.find(change.targetId);
  if (!unit || !target) return rejectionFor(ReasonCode::UnknownUnit, unit ? change.targetId : change.unitId);
  std::optional<Rejection> problem = change.kind == TreeChangeKind::Move
                                         ? checkMove(tree, *unit, *target)
                                         : checkMerge(tree, plans, *unit, *target, change.effectiveOn);
  return problem ? problem : beforeLastChange(plans, change.unitId, change.effectiveOn);
}

int applyTreeChange(Transaction& tx, const TreeChange& change) {
  OrgUnitRepository units(tx);
  PlanRepository plans(tx);
  const OrgTree tree = units.tree();
  const QDate& date = change.effectiveOn;
  std::vector<OrgUnit> changed;
  if (change.kind == TreeChangeKind::Merge) {
    for (const QString& childId : tree.children(change.unitId)) {
      OrgUnit child = *tree.find(childId);
      plans.insertHistory({childId, child.parentId, plans.lastChange(childId), date, QString()});
      child.parentId = change.targetId;
      changed.push_back(child);
    }
  }
  const int handedOver = static_cast<int>(changed.size());
  // A merged unit stays in today's tree, under its successor: its records keep their unit, and devices of
  // the successor pull and may correct them. Progress from the date counts them for the successor.
  OrgUnit unit = *tree.find(change.unitId);
  plans.insertHistory({unit.id, unit.parentId, plans.lastChange(unit.id), date,
                       change.kind == TreeChangeKind::Merge ? change.targetId : QString()});
  unit.parentId = change.targetId;
  changed.push_back(unit);
  units.upsert(changed);  // recomputes the paths of the moved subtrees: pulls follow today's tree
  if (change.kind == TreeChangeKind::Merge) units.close(unit.id, date, change.targetId);
  return handedOver;
}

}  // namespace sohoi::server
