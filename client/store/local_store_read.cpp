// LocalStore: reading records and versions.
#include "local_store.h"
#include "sql_support.h"

#include <QSqlQuery>

namespace sohoi::client {

namespace {

// Columns 0..3 are the record's state, then the head version (sql::kVersionColumns).
const char* const kRecordSelect =
    "SELECT r.conflict, r.deleted, r.pending, "
    "EXISTS (SELECT 1 FROM outbox o WHERE o.version_id = r.head_version_id AND o.state = 'rejected'), %1 "
    "FROM records r JOIN versions v ON v.version_id = r.head_version_id ";

StoredRecord recordFromRow(const QSqlQuery& query) {
  StoredRecord record;
  record.conflict = static_cast<ConflictState>(query.value(0).toInt());
  record.deleted = query.value(1).toBool();
  record.pending = query.value(2).toInt();
  record.rejected = query.value(3).toBool();
  record.head = sql::versionFromRow(query, 4);
  return record;
}

QString recordSelect(const char* where) {
  return QString::fromLatin1(kRecordSelect).arg(QLatin1String(sql::kVersionColumns)) + QLatin1String(where);
}

}  // namespace

std::vector<StoredRecord> LocalStore::currentRecords(RecordKind kind) const {
  std::vector<StoredRecord> records;
  sql::CachedQuery query(statements_);
  if (!sql::run(query, recordSelect("WHERE r.kind = ? AND r.deleted = 0 ORDER BY v.hlc DESC"), {recordKindName(kind)}))
    return records;
  while (query.next()) records.push_back(recordFromRow(query));
  return records;
}

std::optional<StoredRecord> LocalStore::record(const QString& recordId) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, recordSelect("WHERE r.id = ?"), {recordId}) || !query.next()) return std::nullopt;
  return recordFromRow(query);
}

std::vector<RecordVersion> LocalStore::versions(const QString& recordId) const {
  std::vector<RecordVersion> versions;
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("SELECT %1 FROM versions v WHERE v.record_id = ? ORDER BY v.hlc, v.version_id")
                    .arg(QLatin1String(sql::kVersionColumns)),
                {recordId}))
    return versions;
  while (query.next()) versions.push_back(sql::versionFromRow(query));
  return versions;
}

std::optional<RecordVersion> LocalStore::version(const QString& versionId) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT %1 FROM versions v WHERE v.version_id = ?").arg(QLatin1String(sql::kVersionColumns)),
                {versionId}) ||
      !query.next())
    return std::nullopt;
  return sql::versionFromRow(query);
}

int LocalStore::countRecordsSince(HlcStamp since) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("SELECT COUNT(*) FROM records r JOIN versions v ON v.version_id = r.head_version_id "
                               "WHERE r.deleted = 0 AND v.hlc >= ? AND r.kind != ?"),
                {static_cast<qint64>(since), recordKindName(RecordKind::ReviewDecision)}) ||
      !query.next())
    return 0;
  return query.value(0).toInt();
}

}  // namespace sohoi::client
