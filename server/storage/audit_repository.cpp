#include "audit_repository.h"

#include "org_unit_repository.h"
#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, at, actor_person_id, actor_name, actor_device_id, actor_session_id, act, target, target_unit_id, "
    "detail, outcome FROM audit_log ");
const QString kNewest = QStringLiteral("ORDER BY at DESC, id DESC LIMIT ?");

std::vector<AuditEntry> entriesFrom(QSqlQuery& query) {
  std::vector<AuditEntry> entries;
  while (query.next())
    entries.push_back(AuditEntry{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                                 query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                                 query.value(6).toString(), query.value(7).toString(), query.value(8).toString(),
                                 query.value(9).toString(), query.value(10).toString()});
  return entries;
}

}  // namespace

void AuditRepository::insert(const AuditEntry& entry) {
  // Cached: a push of review decisions writes one row per decision.
  sql::runCached(tx_,
                 QStringLiteral("INSERT INTO audit_log (id, at, actor_person_id, actor_name, actor_device_id, "
                                "actor_session_id, act, target, target_unit_id, detail, outcome) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {entry.id, entry.at, sql::text(entry.actorPersonId), sql::text(entry.actorName),
                  sql::text(entry.actorDeviceId), sql::text(entry.actorSessionId), entry.act, sql::text(entry.target),
                  sql::text(entry.targetUnitId), sql::text(entry.detail), entry.outcome});
}

std::vector<AuditEntry> AuditRepository::newest(int limit) {
  QSqlQuery query = sql::run(tx_.connection(), kSelect + kNewest, {limit});
  return entriesFrom(query);
}

std::vector<AuditEntry> AuditRepository::newestWithin(const QString& scopePattern, int limit) {
  QSqlQuery query =
      sql::run(tx_.connection(), kSelect + QStringLiteral("WHERE target_unit_id ") + inSubtree() + kNewest,
               {scopePattern, limit});
  return entriesFrom(query);
}

}  // namespace sohoi::server
