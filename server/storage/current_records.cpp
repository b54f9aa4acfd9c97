#include "current_records.h"

#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "wire/field_json.h"

namespace sohoi::server {

namespace {

// Both reads select: record id, kind, the head's unit, hlc, fields, position and deleted flag.
const QString kHeadColumns = QStringLiteral("r.id, r.kind, v.unit_id, v.hlc, v.fields, v.position, v.deleted");

quint64 lastPosition(Transaction& tx) {
  QSqlQuery last = sql::run(tx.connection(), QStringLiteral("SELECT value FROM feed_counter WHERE id = 1"));
  return last.next() ? last.value(0).toULongLong() : 0;
}

// Returns how many rows there were, known ones included, and the position of the last.
std::pair<int, quint64> readHeads(QSqlQuery& query, const std::function<bool(quint64)>& known,
                                  const std::function<void(CurrentRecord&&)>& each) {
  QHash<QString, RecordKind> kinds;  // by stored name: the lookup is per row
  for (RecordKind kind : allRecordKinds()) kinds.insert(recordKindName(kind), kind);
  std::pair<int, quint64> seen{0, 0};
  while (query.next()) {
    CurrentRecord record;
    record.position = query.value(5).toULongLong();
    seen = {seen.first + 1, record.position};
    if (known && known(record.position)) continue;
    const QString kindName = query.value(1).toString();
    auto kind = kinds.constFind(kindName);
    if (kind == kinds.constEnd())
      throw StorageError(QStringLiteral("Unknown record kind in storage: %1").arg(kindName));
    record.view.recordId = query.value(0).toString();
    record.view.kind = kind.value();
    record.deleted = query.value(6).toInt() != 0;
    if (!record.deleted) {
      record.view.unitId = query.value(2).toString();
      record.view.hlc = static_cast<HlcStamp>(query.value(3).toLongLong());
      record.view.fields = fieldsFromJson(record.view.kind, query.value(4).toString().toUtf8());
    }
    each(std::move(record));
  }
  return seen;
}

}  // namespace

quint64 readCurrentRecords(Transaction& tx, const std::function<void(CurrentRecord&&)>& each) {
  const quint64 last = lastPosition(tx);
  QSqlQuery query = sql::run(tx.connection(), QStringLiteral("SELECT %1 FROM records r JOIN versions v ON "
                                                             "v.version_id = r.head_version_id WHERE r.deleted = 0")
                                                  .arg(kHeadColumns));
  readHeads(query, {}, each);
  return last;
}

HeadsRead readHeadsAfter(Transaction& tx, quint64 position, int limit, const std::function<bool(quint64)>& known,
                       const std::function<void(CurrentRecord&&)>& each) {
  const quint64 last = lastPosition(tx);
  // Through versions' unique index on position; a version that is no longer its record's head is skipped.
  QSqlQuery query = sql::run(tx.connection(),
                             QStringLiteral("SELECT %1 FROM versions v JOIN records r ON r.id = v.record_id AND "
                                            "r.head_version_id = v.version_id WHERE v.position > ? "
                                            "ORDER BY v.position LIMIT ?")
                                 .arg(kHeadColumns),
                             {static_cast<qint64>(position), limit});
  const auto [rows, lastRow] = readHeads(query, known, each);
  // Cut short: every head up to the last row is read (later ones were committed after it), none beyond.
  return rows == limit ? HeadsRead{lastRow, true} : HeadsRead{last, false};
}

}  // namespace sohoi::server
