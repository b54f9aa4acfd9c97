#pragma once
// What a move or a merge of the org tree must satisfy, and what applying one writes. The same rules run when
// sohoi-admin is asked for a change and again when a scheduled change comes due (due_tree_changes.h),
// against the tree as it is then, so a change the tree has outgrown fails instead of half-applying.
#include "storage/tree_change_repository.h"

#include "domain/rejection.h"

#include <optional>

namespace sohoi::server {

class Transaction;

/// Why change cannot be applied to the tree as it is in tx (unknown units: code UnknownUnit, field the
/// unit); nullopt when it can.
std::optional<Rejection> checkTreeChange(Transaction& tx, const TreeChange& change);

/// Applies change in tx: the placements that end go to unit_history, the new parents to org_units (paths
/// recomputed, so scopes and pulls follow today's tree), and a merged unit is closed. Every write bumps
/// the versions running servers watch (tree_version, progress_inputs). Returns how many of the unit's
/// children went to the target (a merge hands them over; a move takes them along, so 0).
/// REQUIRES: a write transaction; checkTreeChange(tx, change) found nothing.
int applyTreeChange(Transaction& tx, const TreeChange& change);

}  // namespace sohoi::server
