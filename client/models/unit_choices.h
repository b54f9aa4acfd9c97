#pragma once
// The units a workspace page offers to choose from, read from the org tree the workspace holds (the
// caller's subtree): the commune units and branches of a scope for the review queue's filters, and the
// units a person may be enrolled at for the enrolment desk. Sorted as Vietnamese sorts, so lists read
// in the order people expect.
#include "auth/role.h"
#include "domain/org_tree.h"

#include <QVariantList>

namespace sohoi::app {

/// The commune unit (cơ sở Hội) unitId lies in (itself if it is one), or empty above that level.
QString communeOf(const OrgTree& tree, const QString& unitId);

/// [{id, name}] of the units at level in scopeId's subtree, by name.
QVariantList unitsAt(const OrgTree& tree, const QString& scopeId, UnitLevel level);

/// [{id, name, communeName, level}] of the open commune units and branches in scopeId's subtree at which
/// role may issue enrolment codes (shared/auth/admin_permissions.h): each commune unit (for a commune
/// officer's tablet) followed by its branches (for branch leaders), communes by name, branches by name
/// with numbers in numeric order ("Tổ 2" before "Tổ 10"). level is "commune" or "branch".
QVariantList enrolableUnits(const OrgTree& tree, const QString& scopeId, Role role);

}  // namespace sohoi::app
