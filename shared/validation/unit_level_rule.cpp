#include "unit_level_rule.h"

namespace sohoi {

bool mustBelongToBranch(RecordKind kind) {
  return kind == RecordKind::Household || kind == RecordKind::HouseholdVisit || kind == RecordKind::Member;
}

// Branches are neither funded nor rated by the plan, and hold no congress nor elect an executive committee.
bool mustBelongAboveBranch(RecordKind kind) {
  return kind == RecordKind::FundReport || kind == RecordKind::UnitRating || kind == RecordKind::Congress ||
         kind == RecordKind::CommitteeChange;
}

bool kindAllowedAtLevel(RecordKind kind, UnitLevel level) {
  if (mustBelongToBranch(kind)) return level == UnitLevel::Branch;
  if (mustBelongAboveBranch(kind)) return level != UnitLevel::Branch;
  return true;
}

}  // namespace sohoi
