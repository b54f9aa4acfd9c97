#include "tree_history.h"

namespace sohoi::server {

QString TreeAtDate::countsFor(const QString& unitId) const {
  QString unit = unitId;
  // A chain of merges ends at a unit that still exists; the bound only guards against bad history.
  for (int steps = 0; steps <= successor.size(); ++steps) {
    auto next = successor.constFind(unit);
    if (next == successor.constEnd()) return unit;
    unit = next.value();
  }
  return unit;
}

TreeAtDate treeAt(const std::vector<OrgUnit>& current, const std::vector<UnitHistoryEntry>& history,
                  const QDate& day) {
  TreeAtDate result;
  // Per unit, the placement that held on the day: the ended placement whose [validFrom, validTo) holds
  // the day (the earliest ending, should history overlap), else today's.
  QHash<QString, const UnitHistoryEntry*> placement;
  for (const UnitHistoryEntry& entry : history) {
    if (!entry.mergedInto.isEmpty() && entry.validTo <= day) {
      result.successor.insert(entry.unitId, entry.mergedInto);
      continue;
    }
    if (entry.validTo <= day || (entry.validFrom.isValid() && entry.validFrom > day)) continue;
    const UnitHistoryEntry*& held = placement[entry.unitId];
    if (!held || entry.validTo < held->validTo) held = &entry;
  }
  std::vector<OrgUnit> units;
  units.reserve(current.size());
  for (OrgUnit unit : current) {
    if (result.successor.contains(unit.id)) continue;
    if (const UnitHistoryEntry* held = placement.value(unit.id)) unit.parentId = held->parentId;
    units.push_back(unit);
  }
  // A parent merged away by the day (history cut short) hands its children to its successor.
  for (OrgUnit& unit : units)
    if (!unit.parentId.isEmpty()) unit.parentId = result.countsFor(unit.parentId);
  result.tree = OrgTree(units);
  return result;
}

}  // namespace sohoi::server
