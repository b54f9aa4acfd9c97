#include "org_tree.h"

#include <algorithm>

namespace sohoi {

OrgTree::OrgTree(const std::vector<OrgUnit>& units) {
  for (const OrgUnit& unit : units) add(unit);
}

void OrgTree::add(const OrgUnit& unit) {
  if (const OrgUnit* old = find(unit.id)) children_[old->parentId].removeOne(unit.id);
  units_.insert(unit.id, unit);
  // Kept in id order: the same children in the same order on every device and server whatever order the
  // units came in (units() is a hash's order), so lists and charts by unit read alike everywhere.
  QStringList& siblings = children_[unit.parentId];
  siblings.insert(std::lower_bound(siblings.begin(), siblings.end(), unit.id), unit.id);
}

const OrgUnit* OrgTree::find(const QString& id) const {
  auto it = units_.constFind(id);
  return it == units_.constEnd() ? nullptr : &it.value();
}

bool OrgTree::isWithin(const QString& unitId, const QString& scopeId) const {
  // Bounded by the tree's size so that a cycle in bad data cannot loop forever.
  QString current = unitId;
  for (int steps = 0; steps <= units_.size() && !current.isEmpty(); ++steps) {
    if (current == scopeId) return true;
    const OrgUnit* unit = find(current);
    if (!unit) return false;
    current = unit->parentId;
  }
  return false;
}

QString OrgTree::openUnitFor(const QString& unitId) const {
  QString current = unitId;
  // Bounded like isWithin: a loop of successors in bad data stops.
  for (int steps = 0; steps <= units_.size(); ++steps) {
    const OrgUnit* unit = find(current);
    if (!unit || !unit->closed() || unit->successorId.isEmpty()) return current;
    current = unit->successorId;
  }
  return current;
}

QStringList OrgTree::subtree(const QString& scopeId) const {
  QStringList result;
  if (!contains(scopeId)) return result;
  result.append(scopeId);
  for (int i = 0; i < result.size() && result.size() <= units_.size(); ++i)
    result.append(children_.value(result.at(i)));
  return result;
}

QStringList OrgTree::children(const QString& id) const { return children_.value(id); }

std::vector<OrgUnit> OrgTree::units() const { return {units_.cbegin(), units_.cend()}; }

}  // namespace sohoi
