#pragma once
// The org tree as it was on a day. org_units holds today's tree (scope checks and pulls use it);
// unit_history holds every placement that ended. Progress for a period uses the tree as at the period's
// last day (for the 2021 plan: 31 Dec 2021, or the day it is read if earlier): a unit moved before that
// day counts under its new parent for the whole period, and a unit merged before that day is gone, its
// records, people and baselines counting for its successor. The rule is simple to state and to check,
// and it is what a year-end report does: figures are summed up the tree that exists when the year closes.
// A move or merge scheduled for a later day (tree_changes) is not history yet: it enters unit_history, and
// org_units, on its day (tree/due_tree_changes.h).
#include "storage/plan_repository.h"

#include "domain/org_tree.h"

#include <QDate>
#include <QHash>
#include <vector>

namespace sohoi::server {

struct TreeAtDate {
  OrgTree tree;                       // the units that existed on the day, under their parents then
  QHash<QString, QString> successor;  // unit merged away by the day → the unit that took it over

  /// The unit whose figures include unitId's on the day: unitId itself, or its (last) successor.
  QString countsFor(const QString& unitId) const;
};

/// current: today's units (org_units); history: unit_history, oldest first.
TreeAtDate treeAt(const std::vector<OrgUnit>& current, const std::vector<UnitHistoryEntry>& history,
                  const QDate& day);

}  // namespace sohoi::server
