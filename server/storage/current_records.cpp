#include "current_records.h"

#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "wire/field_json.h"

namespace sohoi::server {

quint64 readCurrentRecords(Transaction& tx, const std::function<void(CurrentRecord&&)>& each) {
  QSqlQuery last = sql::run(tx.connection(), QStringLiteral("SELECT value FROM feed_counter WHERE id = 1"));
  const quint64 lastPosition = last.next() ? last.value(0).toULongLong() : 0;
  QSqlQuery query = sql::run(tx.connection(),
                             QStringLiteral("SELECT r.id, r.kind, v.unit_id, v.hlc, v.fields, v.position "
                                            "FROM records r JOIN versions v ON v.version_id = r.head_version_id "
                                            "WHERE r.deleted = 0"));
  QHash<QString, RecordKind> kinds;  // by stored name: the lookup is per row
  for (RecordKind kind : allRecordKinds()) kinds.insert(recordKindName(kind), kind);
  while (query.next()) {
    CurrentRecord record;
    const QString kindName = query.value(1).toString();
    auto kind = kinds.constFind(kindName);
    if (kind == kinds.constEnd())
      throw StorageError(QStringLiteral("Unknown record kind in storage: %1").arg(kindName));
    record.view.recordId = query.value(0).toString();
    record.view.kind = kind.value();
    record.view.unitId = query.value(2).toString();
    record.view.hlc = static_cast<HlcStamp>(query.value(3).toLongLong());
    record.view.fields = fieldsFromJson(record.view.kind, query.value(4).toString().toUtf8());
    record.position = query.value(5).toULongLong();
    each(std::move(record));
  }
  return lastPosition;
}

}  // namespace sohoi::server
