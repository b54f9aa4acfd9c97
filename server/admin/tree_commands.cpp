#include "tree_commands.h"

#include "admin_output.h"

#include "storage/transaction.h"
#include "tree/due_tree_changes.h"
#include "tree/tree_change_rules.h"

namespace sohoi::server {

namespace {

TreeChange changeOf(TreeChangeKind kind, const QString& unit, const QString& target, const QDate& date) {
  TreeChange change;
  change.kind = kind;
  change.unitId = unit;
  change.targetId = target;
  change.effectiveOn = date;
  return change;
}

QString summary(const TreeChange& change) {
  const QString date = change.effectiveOn.toString(Qt::ISODate);
  return change.kind == TreeChangeKind::Move
             ? QStringLiteral("move-unit: %1 under %2 from %3").arg(change.unitId, change.targetId, date)
             : QStringLiteral("merge-units: %1 into %2 from %3").arg(change.unitId, change.targetId, date);
}

// Checks the change against today's tree, then applies it if its day has come, or else schedules it.
int changeTree(Database& db, const TreeChange& change, const QDate& today, QTextStream& out, QTextStream& err) {
  Transaction tx(db, Transaction::Mode::Write);
  if (std::optional<Rejection> problem = checkTreeChange(tx, change))
    return problem->code == ReasonCode::UnknownUnit ? refuseUnknown(err, problem->field)
                                                    : refuse(err, problem->messageVi, problem->messageEn);
  if (change.effectiveOn <= today) {
    const int handedOver = applyTreeChange(tx, change);
    tx.commit();
    out << summary(change);
    if (change.kind == TreeChangeKind::Merge) out << QStringLiteral(" (%1 units moved)").arg(handedOver);
    out << Qt::endl;
    return 0;
  }
  TreeChangeRepository changes(tx);
  if (changes.hasScheduled(change.unitId, change.effectiveOn))
    return refuse(err,
                  QStringLiteral("%1 đã có một thay đổi chờ áp dụng ngày %2 (xem tree-changes)")
                      .arg(change.unitId, change.effectiveOn.toString(Qt::ISODate)),
                  QStringLiteral("%1 already has a change scheduled for %2 (see tree-changes)")
                      .arg(change.unitId, change.effectiveOn.toString(Qt::ISODate)));
  const qint64 id = changes.schedule(change);
  tx.commit();
  out << summary(change) << QStringLiteral(", scheduled as tree change %1 (today is %2)").arg(id).arg(today.toString(Qt::ISODate))
      << Qt::endl;
  return 0;
}

}  // namespace

int moveUnit(Database& db, const QString& unit, const QString& parent, const QDate& from, const QDate& today,
             QTextStream& out, QTextStream& err) {
  return changeTree(db, changeOf(TreeChangeKind::Move, unit, parent, from), today, out, err);
}

int mergeUnits(Database& db, const QString& from, const QString& into, const QDate& date, const QDate& today,
               QTextStream& out, QTextStream& err) {
  return changeTree(db, changeOf(TreeChangeKind::Merge, from, into, date), today, out, err);
}

int listTreeChanges(Database& db, QTextStream& out) {
  Transaction tx(db, Transaction::Mode::Read);
  const std::vector<TreeChange> changes = TreeChangeRepository(tx).all();
  tx.commit();
  const auto row = [&](const QString& id, const QString& kind, const QString& unit, const QString& target,
                       const QString& effective, const QString& state, const QString& note) {
    out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7")
               .arg(id, 5)
               .arg(kind, -5)
               .arg(unit, -10)
               .arg(target, -10)
               .arg(effective, -10)
               .arg(state, -9)
               .arg(note)
               .trimmed()
        << Qt::endl;
  };
  row(QStringLiteral("id"), QStringLiteral("kind"), QStringLiteral("unit"), QStringLiteral("target"),
      QStringLiteral("effective"), QStringLiteral("state"), QStringLiteral("reason"));
  for (const TreeChange& change : changes)
    row(QString::number(change.id), treeChangeKindName(change.kind), change.unitId, change.targetId,
        change.effectiveOn.toString(Qt::ISODate), treeChangeStateName(change.state), change.reason);
  return 0;
}

int cancelTreeChange(Database& db, const QString& id, QTextStream& out, QTextStream& err) {
  bool numeric = false;
  const qint64 number = id.toLongLong(&numeric);
  Transaction tx(db, Transaction::Mode::Write);
  TreeChangeRepository changes(tx);
  std::optional<TreeChange> change = numeric ? changes.find(number) : std::nullopt;
  if (!change)
    return refuse(err, QStringLiteral("Không có thay đổi cây tổ chức số %1").arg(id),
                  QStringLiteral("No tree change %1").arg(id));
  const QString effective = change->effectiveOn.toString(Qt::ISODate);
  if (change->state == TreeChangeState::Applied)
    return refuse(err,
                  QStringLiteral("Thay đổi %1 đã được áp dụng từ %2, không hủy được; hãy lập thay đổi ngược lại")
                      .arg(id, effective),
                  QStringLiteral("Tree change %1 was applied from %2 and cannot be cancelled; make the reverse "
                                 "change instead")
                      .arg(id, effective));
  if (!changes.settle(change->id, TreeChangeState::Cancelled))
    return refuse(err, QStringLiteral("Thay đổi %1 không còn chờ áp dụng (%2)").arg(id, treeChangeStateName(change->state)),
                  QStringLiteral("Tree change %1 is no longer scheduled (%2)").arg(id, treeChangeStateName(change->state)));
  tx.commit();
  change->state = TreeChangeState::Cancelled;
  out << describeTreeChange(*change) << Qt::endl;
  return 0;
}

}  // namespace sohoi::server
