#pragma once
// The org tree as it was on a day. The server keeps today's tree (org_units: scope checks and pulls use
// it) and every placement that ended (unit_history); a device knows today's tree, whose closed units name
// their successors (mergesOf), and gets the same figures for merges from it. Progress for a period uses the tree as at the period's
// last day (for the 2021 plan: 31 Dec 2021, or the day it is read if earlier): a unit moved before that
// day counts under its new parent for the whole period, and a unit merged before that day is gone, its
// records, people and baselines counting for its successor. The rule is simple to state and to check,
// and it is what a year-end report does: figures are summed up the tree that exists when the year closes.
// A move or merge scheduled for a later day is not history yet: it enters the tree on its day.
#include "domain/org_tree.h"
#include "domain/unit_history.h"
#include "unit_baseline.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace sohoi::plan {

struct TreeAtDate {
  OrgTree tree;                       // the units that existed on the day, under their parents then
  QHash<QString, QString> successor;  // unit merged away by the day → the unit that took it over

  /// The unit whose figures include unitId's on the day: unitId itself, or its (last) successor.
  QString countsFor(const QString& unitId) const;
};

/// current: today's units; history: the placements that ended, oldest first.
TreeAtDate treeAt(const std::vector<OrgUnit>& current, const std::vector<UnitHistoryEntry>& history,
                  const QDate& day);

/// The merges today's tree tells of: each closed unit, taken over by its successor on its closing day.
/// (Moves leave no trace in today's tree; a device reads its figures on today's placements.)
std::vector<UnitHistoryEntry> mergesOf(const std::vector<OrgUnit>& current);

/// Baselines by the unit they count for on the tree's day: a merged unit's are added to its successor's.
BaselineTable foldBaselines(const std::vector<UnitBaseline>& baselines, const TreeAtDate& tree);

}  // namespace sohoi::plan
