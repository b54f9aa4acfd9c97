#include "session_repository.h"

#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

void SessionRepository::insert(const Session& session, const QString& tokenHash) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO sessions (id, token_hash, person_id, device_id, created_at, expires_at) "
                          "VALUES (?, ?, ?, ?, ?, ?)"),
           {session.id, tokenHash, session.personId, session.deviceId, session.createdAt, session.expiresAt});
}

std::optional<Session> SessionRepository::findByTokenHash(const QString& tokenHash) {
  // Every call of a signed-in desktop comes through here: a cached statement.
  QSqlQuery& query = sql::runCached(tx_,
                                    QStringLiteral("SELECT id, person_id, device_id, created_at, expires_at, "
                                                   "COALESCE(ended_at, 0) FROM sessions WHERE token_hash = ?"),
                                    {tokenHash});
  if (!query.next()) return std::nullopt;
  Session session{query.value(0).toString(),   query.value(1).toString(),   query.value(2).toString(),
                  query.value(3).toLongLong(), query.value(4).toLongLong(), query.value(5).toLongLong()};
  query.finish();
  return session;
}

bool SessionRepository::end(const QString& id, qint64 at) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL"),
                             {at, id});
  return query.numRowsAffected() > 0;
}

void SessionRepository::endAllOf(const QString& personId, qint64 at) {
  sql::run(tx_.connection(),
           QStringLiteral("UPDATE sessions SET ended_at = ? WHERE person_id = ? AND ended_at IS NULL"), {at, personId});
}

void SessionRepository::removeEndedBefore(qint64 before) {
  sql::run(tx_.connection(), QStringLiteral("DELETE FROM sessions WHERE COALESCE(ended_at, expires_at) < ?"), {before});
}

std::optional<QString> SessionRepository::workstationDevice(const QString& personId, const QString& workstation) {
  QSqlQuery query =
      sql::run(tx_.connection(), QStringLiteral("SELECT device_id FROM workstations WHERE person_id = ? AND name = ?"),
               {personId, workstation});
  if (!query.next()) return std::nullopt;
  return query.value(0).toString();
}

void SessionRepository::bindWorkstation(const QString& personId, const QString& workstation, const QString& deviceId) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO workstations (person_id, name, device_id) VALUES (?, ?, ?) "
                          "ON CONFLICT (person_id, name) DO UPDATE SET device_id = excluded.device_id"),
           {personId, workstation, deviceId});
}

}  // namespace sohoi::server
