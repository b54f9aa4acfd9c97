#pragma once
// Which level of the organisation tree a kind of record may belong to. The validator refuses the rest, and
// the app offers a form only where this rule lets its record be saved.
#include "domain/org_unit.h"
#include "domain/record_kind.h"

namespace sohoi {

/// Households, visits and members are kept by a branch (chi hội), where the registry lives.
bool mustBelongToBranch(RecordKind kind);
/// A fund or a year-end rating is the whole unit's: commune units (cơ sở Hội) and above, never a branch.
bool mustBelongAboveBranch(RecordKind kind);
/// Whether a record of kind may belong to a unit at level.
bool kindAllowedAtLevel(RecordKind kind, UnitLevel level);

}  // namespace sohoi
