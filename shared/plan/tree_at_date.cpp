#include "tree_at_date.h"

namespace sohoi::plan {

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

std::vector<UnitHistoryEntry> mergesOf(const std::vector<OrgUnit>& current) {
  std::vector<UnitHistoryEntry> merges;
  for (const OrgUnit& unit : current)
    if (unit.closed() && !unit.successorId.isEmpty())
      merges.push_back({unit.id, unit.parentId, QDate(), unit.closedOn, unit.successorId});
  return merges;
}

BaselineTable foldBaselines(const std::vector<UnitBaseline>& baselines, const TreeAtDate& tree) {
  QHash<QString, UnitBaseline> byUnit;
  for (const UnitBaseline& own : baselines) {
    const QString unit = tree.countsFor(own.unitId);
    UnitBaseline& sum = byUnit[unit];
    sum.unitId = unit;
    sum.year = own.year;
    addBaseline(&sum, own);
  }
  BaselineTable table;
  for (const UnitBaseline& baseline : byUnit) table.set(baseline);
  return table;
}

}  // namespace sohoi::plan
