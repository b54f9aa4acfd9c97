#include "unit_relation.h"

namespace sohoi {

QString unitRelationName(UnitRelation relation) {
  switch (relation) {
    case UnitRelation::Own: return QStringLiteral("own");
    case UnitRelation::Below: return QStringLiteral("below");
    case UnitRelation::Above: return QStringLiteral("above");
    case UnitRelation::Sibling: return QStringLiteral("sibling");
  }
  return QStringLiteral("sibling");
}

UnitRelation relationOf(const OrgTree& tree, const QString& actorUnitId, const QString& unitId) {
  if (!tree.contains(unitId) || !tree.contains(actorUnitId)) return UnitRelation::Sibling;
  if (unitId == actorUnitId) return UnitRelation::Own;
  if (tree.isWithin(unitId, actorUnitId)) return UnitRelation::Below;
  if (tree.isWithin(actorUnitId, unitId)) return UnitRelation::Above;
  return UnitRelation::Sibling;
}

}  // namespace sohoi
