#include "due_tree_changes.h"

#include "tree_change_rules.h"

#include "storage/transaction.h"

namespace sohoi::server {

std::vector<TreeChange> applyDueTreeChanges(Database& database, const QDate& today) {
  std::vector<TreeChange> settled;
  for (;;) {
    Transaction tx(database, Transaction::Mode::Write);
    TreeChangeRepository changes(tx);
    std::optional<TreeChange> due = changes.nextDue(today);
    if (!due) {
      tx.commit();
      return settled;
    }
    // Checked again: the tree may have changed since the change was scheduled.
    const std::optional<Rejection> problem = checkTreeChange(tx, *due);
    due->state = problem ? TreeChangeState::Failed : TreeChangeState::Applied;
    due->reason = problem ? problem->bilingual() : QString();
    if (!changes.settle(due->id, due->state, due->reason)) continue;  // another process settled it first
    if (!problem) applyTreeChange(tx, *due);
    tx.commit();
    settled.push_back(*due);
  }
}

QString describeTreeChange(const TreeChange& change) {
  const QString what = change.kind == TreeChangeKind::Move
                           ? QStringLiteral("move %1 under %2").arg(change.unitId, change.targetId)
                           : QStringLiteral("merge %1 into %2").arg(change.unitId, change.targetId);
  const QString outcome =
      change.state == TreeChangeState::Failed ? QStringLiteral("failed: ") + change.reason : treeChangeStateName(change.state);
  return QStringLiteral("tree change %1 (%2 from %3): %4")
      .arg(change.id)
      .arg(what, change.effectiveOn.toString(Qt::ISODate), outcome);
}

}  // namespace sohoi::server
