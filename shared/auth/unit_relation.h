#pragma once
// Where a record's unit lies relative to the unit of the person or device acting on it. Permissions are
// written in these terms (DESIGN §6a), so one table serves every branch, commune and district alike.
#include "domain/org_tree.h"

namespace sohoi {

enum class UnitRelation {
  Own,      // the acting unit itself
  Below,    // a unit under it (its scope, without itself)
  Above,    // a unit it lies under
  Sibling,  // anywhere else: another branch, commune or district
};

/// "own", "below", "above", "sibling".
QString unitRelationName(UnitRelation relation);
/// Where unitId lies seen from actorUnitId. A unit missing from the tree is Sibling: outside the scope.
UnitRelation relationOf(const OrgTree& tree, const QString& actorUnitId, const QString& unitId);
/// Own and Below: the units an actor may read and may act on at all.
inline bool inScope(UnitRelation relation) { return relation == UnitRelation::Own || relation == UnitRelation::Below; }

}  // namespace sohoi
