// LocalStore: the outbox and mutation log, and applying pulled pages.
#include "local_store.h"
#include "sql_support.h"

#include <algorithm>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::client {

namespace {

std::vector<Mutation> readMutations(QSqlQuery& query) {
  std::vector<Mutation> mutations;
  while (query.next()) mutations.push_back({static_cast<quint64>(query.value(0).toLongLong()), sql::versionFromRow(query, 1)});
  return mutations;
}

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

}  // namespace

std::vector<Mutation> LocalStore::pendingBatch(int maxCount) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("SELECT o.seq, %1 FROM outbox o JOIN versions v ON v.version_id = o.version_id "
                               "WHERE o.acked_at IS NULL ORDER BY o.seq LIMIT ?")
                    .arg(QLatin1String(sql::kVersionColumns)),
                {maxCount}))
    return {};
  return readMutations(query);
}

std::vector<Mutation> LocalStore::mutationsFrom(quint64 seq, int maxCount) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("SELECT o.seq, %1 FROM outbox o JOIN versions v ON v.version_id = o.version_id "
                               "WHERE o.seq >= ? ORDER BY o.seq LIMIT ?")
                    .arg(QLatin1String(sql::kVersionColumns)),
                {static_cast<qint64>(seq), maxCount}))
    return {};
  return readMutations(query);
}

quint64 LocalStore::lastSeq() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM outbox")) || !query.next()) return 0;
  return std::max(static_cast<quint64>(query.value(0).toLongLong()), account_.sequenceFloor);
}

quint64 LocalStore::firstSeq() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT COALESCE(MIN(seq), 0) FROM outbox")) || !query.next()) return 0;
  return static_cast<quint64>(query.value(0).toLongLong());
}

Status LocalStore::markAcknowledged(const std::vector<MutationResult>& results) {
  sql::Transaction transaction(db_);
  if (!transaction.status().isOk()) return transaction.status();
  sql::CachedQuery find(statements_);
  if (!find.prepare(QStringLiteral("SELECT record_id, acked_at IS NULL FROM outbox WHERE seq = ?")))
    return sql::error(db_.lastError(), QStringLiteral("acknowledge"));
  static const QString update = QStringLiteral(
      "UPDATE outbox SET state = ?, reason = ?, field = ?, message_vi = ?, message_en = ?, "
      "acked_at = COALESCE(acked_at, ?) WHERE seq = ?");
  static const QString unpend =
      QStringLiteral("UPDATE records SET pending = MAX(pending - 1, 0) WHERE id = ?");
  const qint64 now = nowMs();
  for (const MutationResult& result : results) {
    if (!sql::rerun(find, {static_cast<qint64>(result.seq)}))
      return sql::error(find.lastError(), QStringLiteral("acknowledge"));
    if (!find.next()) continue;
    const QString recordId = find.value(0).toString();
    const bool wasPending = find.value(1).toBool();
    find.finish();
    const bool rejected = result.outcome == Outcome::Rejected;
    // A resend after a server restore answers again; the latest answer is the one that holds.
    if (Status status = sql::write(
            statements_, update,
            {rejected ? QStringLiteral("rejected") : QStringLiteral("acknowledged"),
             rejected ? static_cast<int>(result.rejection.code) : 0, result.rejection.field,
             result.rejection.messageVi, result.rejection.messageEn, now, static_cast<qint64>(result.seq)},
            QStringLiteral("acknowledge"));
        !status.isOk())
      return status;
    if (wasPending)
      if (Status status = sql::write(statements_, unpend, {recordId}, QStringLiteral("acknowledge"));
          !status.isOk())
        return status;
  }
  if (hitFailpoint("acknowledge"))
    return Status::error(QStringLiteral("FAILPOINT"), QStringLiteral("lỗi thử"), QStringLiteral("test failure"));
  return transaction.commit();
}

OutboxCounts LocalStore::counts() const {
  OutboxCounts counts;
  sql::CachedQuery query(statements_);
  if (sql::run(query,
               QStringLiteral("SELECT "
                              "(SELECT COUNT(*) FROM outbox WHERE acked_at IS NULL), "
                              "(SELECT COUNT(*) FROM outbox WHERE state = 'acknowledged'), "
                              "(SELECT COUNT(*) FROM outbox o WHERE o.state = 'rejected' AND NOT EXISTS "
                              "  (SELECT 1 FROM outbox later WHERE later.record_id = o.record_id AND later.seq > o.seq))")) &&
      query.next()) {
    counts.pending = query.value(0).toInt();
    counts.acknowledged = query.value(1).toInt();
    counts.rejected = query.value(2).toInt();
  }
  return counts;
}

std::vector<RejectedItem> LocalStore::rejectedItems() const {
  std::vector<RejectedItem> items;
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("SELECT o.seq, o.reason, o.field, o.message_vi, o.message_en, %1 FROM outbox o "
                               "JOIN versions v ON v.version_id = o.version_id WHERE o.state = 'rejected' AND NOT EXISTS "
                               "(SELECT 1 FROM outbox later WHERE later.record_id = o.record_id AND later.seq > o.seq) "
                               "ORDER BY o.seq")
                    .arg(QLatin1String(sql::kVersionColumns))))
    return items;
  while (query.next()) {
    RejectedItem item;
    item.seq = static_cast<quint64>(query.value(0).toLongLong());
    item.rejection = {static_cast<ReasonCode>(query.value(1).toInt()), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString()};
    item.version = sql::versionFromRow(query, 5);
    items.push_back(item);
  }
  return items;
}

Status LocalStore::applyPulledPage(const std::vector<PulledChange>& changes,
                                   const std::optional<plan::ReferenceData>& reference, const QByteArray& nextCursor) {
  sql::Transaction transaction(db_);
  if (!transaction.status().isOk()) return transaction.status();
  sql::CachedQuery query(statements_);
  if (reference)
    if (Status status = writeReferenceData(*reference); !status.isOk()) return status;
  static const QString insertVersion = QString::fromLatin1(sql::kInsertVersion);
  // A record with unacknowledged local edits keeps showing them; the server's head arrives again (or is
  // merged) once those edits are acknowledged and pulled back.
  static const QString upsert = QStringLiteral(
      "INSERT INTO records (id, kind, unit_id, head_version_id, conflict, deleted, pending) "
      "VALUES (?, ?, ?, ?, ?, ?, 0) ON CONFLICT (id) DO UPDATE SET "
      "head_version_id = excluded.head_version_id, unit_id = excluded.unit_id, conflict = excluded.conflict, "
      "deleted = excluded.deleted "
      "WHERE records.pending = 0");
  // Prepared once for the page: parsing it again for every change was most of a pull's time on the device.
  sql::CachedQuery head(statements_);
  if (!head.prepare(QStringLiteral("SELECT deleted FROM versions WHERE version_id = ?")))
    return sql::error(db_.lastError(), QStringLiteral("pulled page"));
  for (const PulledChange& change : changes) {
    if (change.leftScope) {
      if (Status status = forgetRecord(change.version.recordId); !status.isOk()) return status;
      continue;
    }
    if (Status status = sql::write(statements_, insertVersion,
                                   sql::versionValues(change.version, QStringLiteral("server")),
                                   QStringLiteral("pulled version"));
        !status.isOk())
      return status;
    const QString headId = change.headVersionId.isEmpty() ? change.version.versionId : change.headVersionId;
    // The head's tombstone flag: the head is this version or one already stored (the feed is commit-ordered).
    bool deleted = change.version.deleted;
    if (headId != change.version.versionId && sql::rerun(head, {headId}) && head.next()) {
      deleted = head.value(0).toBool();
      head.finish();
    }
    if (Status status =
            sql::write(statements_, upsert,
                       {change.version.recordId, recordKindName(change.version.kind), change.version.unitId,
                        headId, static_cast<int>(change.conflict), deleted ? 1 : 0},
                       QStringLiteral("pulled record"));
        !status.isOk())
      return status;
  }
  if (!sql::run(query, QStringLiteral("UPDATE sync_state SET cursor = ? WHERE id = 1"), {nextCursor}))
    return sql::error(query.lastError(), QStringLiteral("cursor"));
  if (hitFailpoint("apply_page"))
    return Status::error(QStringLiteral("FAILPOINT"), QStringLiteral("lỗi thử"), QStringLiteral("test failure"));
  if (Status status = transaction.commit(); !status.isOk()) return status;
  for (const PulledChange& change : changes)
    if (!change.leftScope) clock_.observe(change.version.hlc);
  if (reference) return loadOrgTree();
  return Status::ok();
}

Status LocalStore::forgetRecord(const QString& recordId) {
  // Versions this device made stay in its log (a restored server may need them again); a record with
  // edits still to send stays too: the server refuses them, and the refusal is shown where the user looks.
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("DELETE FROM versions WHERE record_id = ? AND version_id NOT IN "
                               "(SELECT version_id FROM outbox WHERE record_id = ?) "
                               "AND NOT EXISTS (SELECT 1 FROM records WHERE id = ? AND pending = 1)"),
                {recordId, recordId, recordId}) ||
      !sql::run(query, QStringLiteral("DELETE FROM records WHERE id = ? AND pending = 0"), {recordId}))
    return sql::error(query.lastError(), QStringLiteral("record left the scope"));
  return Status::ok();
}

QByteArray LocalStore::cursor() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT cursor FROM sync_state WHERE id = 1")) || !query.next()) return {};
  return query.value(0).toByteArray();
}

Status LocalStore::resetCursor() {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("UPDATE sync_state SET cursor = NULL WHERE id = 1")))
    return sql::error(query.lastError(), QStringLiteral("cursor"));
  return Status::ok();
}

Status LocalStore::recordSync(qint64 clockOffsetMs) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("UPDATE sync_state SET last_sync_at = ?, clock_offset_ms = ? WHERE id = 1"),
                {nowMs(), clockOffsetMs}))
    return sql::error(query.lastError(), QStringLiteral("sync state"));
  return Status::ok();
}

qint64 LocalStore::clockOffsetMs() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT clock_offset_ms FROM sync_state WHERE id = 1")) || !query.next()) return 0;
  return query.value(0).toLongLong();
}

qint64 LocalStore::lastSyncAt() const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT last_sync_at FROM sync_state WHERE id = 1")) || !query.next()) return 0;
  return query.value(0).toLongLong();
}

}  // namespace sohoi::client
