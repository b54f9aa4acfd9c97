#include "tree_change_repository.h"

#include "sql.h"
#include "transaction.h"

#include <QDateTime>
#include <array>
#include <utility>

namespace sohoi::server {

namespace {

const std::array<std::pair<TreeChangeKind, const char*>, 2> kKindNames{{
    {TreeChangeKind::Move, "move"},
    {TreeChangeKind::Merge, "merge"},
}};
const std::array<std::pair<TreeChangeState, const char*>, 4> kStateNames{{
    {TreeChangeState::Scheduled, "scheduled"},
    {TreeChangeState::Applied, "applied"},
    {TreeChangeState::Cancelled, "cancelled"},
    {TreeChangeState::Failed, "failed"},
}};

template <typename Enum, size_t N>
Enum fromName(const std::array<std::pair<Enum, const char*>, N>& names, const QString& name) {
  for (const auto& [value, text] : names)
    if (name == QLatin1String(text)) return value;
  return names.front().first;
}

template <typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& names, Enum value) {
  for (const auto& [each, text] : names)
    if (each == value) return QString::fromLatin1(text);
  return {};
}

const QString kColumns =
    QStringLiteral("id, kind, unit_id, target_id, effective_on, state, COALESCE(reason, ''), COALESCE(settled_at, 0)");

TreeChange changeFrom(const QSqlQuery& query) {
  TreeChange change;
  change.id = query.value(0).toLongLong();
  change.kind = fromName(kKindNames, query.value(1).toString());
  change.unitId = query.value(2).toString();
  change.targetId = query.value(3).toString();
  change.effectiveOn = QDate::fromString(query.value(4).toString(), Qt::ISODate);
  change.state = fromName(kStateNames, query.value(5).toString());
  change.reason = query.value(6).toString();
  change.settledAt = query.value(7).toLongLong();
  return change;
}

}  // namespace

QString treeChangeKindName(TreeChangeKind kind) { return nameOf(kKindNames, kind); }

QString treeChangeStateName(TreeChangeState state) { return nameOf(kStateNames, state); }

qint64 TreeChangeRepository::schedule(const TreeChange& change) {
  const qint64 id = sql::nextId(tx_.connection(), QStringLiteral("tree_changes"));
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO tree_changes (id, kind, unit_id, target_id, effective_on, state, scheduled_at) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?)"),
           {id, treeChangeKindName(change.kind), change.unitId, change.targetId, sql::dateOrNull(change.effectiveOn),
            treeChangeStateName(TreeChangeState::Scheduled), QDateTime::currentMSecsSinceEpoch()});
  return id;
}

std::optional<TreeChange> TreeChangeRepository::find(qint64 id) {
  QSqlQuery query =
      sql::run(tx_.connection(), QStringLiteral("SELECT %1 FROM tree_changes WHERE id = ?").arg(kColumns), {id});
  if (!query.next()) return std::nullopt;
  return changeFrom(query);
}

std::vector<TreeChange> TreeChangeRepository::all() {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT %1 FROM tree_changes ORDER BY effective_on, id").arg(kColumns));
  std::vector<TreeChange> changes;
  while (query.next()) changes.push_back(changeFrom(query));
  return changes;
}

std::optional<TreeChange> TreeChangeRepository::nextDue(const QDate& today) {
  // ISO dates compare as text in date order.
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT %1 FROM tree_changes WHERE state = ? AND effective_on <= ? "
                                            "ORDER BY effective_on, id LIMIT 1")
                                 .arg(kColumns),
                             {treeChangeStateName(TreeChangeState::Scheduled), today.toString(Qt::ISODate)});
  if (!query.next()) return std::nullopt;
  return changeFrom(query);
}

bool TreeChangeRepository::hasScheduled(const QString& unitId, const QDate& day) {
  QSqlQuery query = sql::run(
      tx_.connection(),
      QStringLiteral("SELECT 1 FROM tree_changes WHERE unit_id = ? AND effective_on = ? AND state = ?"),
      {unitId, day.toString(Qt::ISODate), treeChangeStateName(TreeChangeState::Scheduled)});
  return query.next();
}

bool TreeChangeRepository::settle(qint64 id, TreeChangeState state, const QString& reason) {
  QSqlQuery query = sql::run(
      tx_.connection(),
      QStringLiteral("UPDATE tree_changes SET state = ?, reason = ?, settled_at = ? WHERE id = ? AND state = ?"),
      {treeChangeStateName(state), sql::textOrNull(reason), QDateTime::currentMSecsSinceEpoch(), id,
       treeChangeStateName(TreeChangeState::Scheduled)});
  return query.numRowsAffected() == 1;
}

}  // namespace sohoi::server
