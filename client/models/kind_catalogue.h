#pragma once
// Which kinds of record the app has pages for, in which menu group, and whether this device may add
// them. The shared unit-level rule and permission table decide, so the app never offers a form the
// validation or the server always refuses for this device.
#include "auth/role.h"
#include "domain/org_unit.h"
#include "domain/record_kind.h"

#include <QString>
#include <vector>

namespace sohoi::app {

enum class KindGroup {
  Daily,  // what a branch leader records week by week: first in the menu and on the home page
  More,   // the plan's other kinds (Khác): recorded a few times a year
};

struct OfferedKind {
  RecordKind kind;
  KindGroup group;
};

/// Every kind the app has pages for, in menu order (review decisions are district staff's, not here).
const std::vector<OfferedKind>& offeredKinds();
/// Whether a device at level lists kind: it may add such records, or it receives them from the branches
/// below it (a commune sees its branches' households). A branch neither makes nor receives a unit's fund
/// or rating, so those are not listed there.
bool listedAt(RecordKind kind, UnitLevel level);
/// The role a device works in: the one it was enrolled in, or its unit level's for a device enrolled before
/// roles were sent (storedName empty or unknown).
Role effectiveRole(const QString& storedName, UnitLevel level);
/// Whether a device at level, in role, may add a record of kind to its own unit (the shared rules).
bool creatableAt(RecordKind kind, UnitLevel level, Role role);
/// Why a device at level in role lists kind but cannot add one, in the current language; empty when it can.
QString whyNotCreatable(RecordKind kind, UnitLevel level, Role role);

}  // namespace sohoi::app
