#include "sql_support.h"

#include "wire/field_json.h"

#include <QSqlError>

namespace sohoi::client::sql {

const char* const kVersionColumns =
    "v.version_id, v.record_id, v.base_version_id, v.kind, v.unit_id, v.author_id, v.device_id, v.hlc, "
    "v.deleted, v.fields";

const char* const kInsertVersion =
    "INSERT OR IGNORE INTO versions (version_id, record_id, base_version_id, kind, unit_id, author_id, "
    "device_id, hlc, deleted, fields, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

Status error(const QSqlError& error, const QString& what) { return sql::error(error.text(), what); }

Status error(const QString& reason, const QString& what) {
  return Status::error(QStringLiteral("STORE_ERROR"),
                       QStringLiteral("Lỗi cơ sở dữ liệu trên máy (%1): %2").arg(what, reason),
                       QStringLiteral("Device database error (%1): %2").arg(what, reason));
}

bool run(CachedQuery& query, const QString& statement, const QVariantList& values) {
  return query.prepare(statement) && rerun(query, values);
}

bool rerun(QSqlQuery& prepared, const QVariantList& values) {
  for (int i = 0; i < values.size(); ++i) prepared.bindValue(i, values.at(i));
  return prepared.exec();
}

Status write(StatementCache& cache, const QString& statement, const QVariantList& values,
             const QString& what) {
  QString reason;
  if (!cache.native().write(cache.database(), statement, values, &reason)) return error(reason, what);
  return Status::ok();
}

Transaction::Transaction(QSqlDatabase& db) : db_(db) {
  QSqlQuery query(db_);
  if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
    open_ = true;
  else
    status_ = error(query.lastError(), QStringLiteral("begin"));
}

Transaction::~Transaction() {
  if (!open_) return;
  QSqlQuery query(db_);
  query.exec(QStringLiteral("ROLLBACK"));
}

Status Transaction::commit() {
  if (!open_) return status_;
  QSqlQuery query(db_);
  if (!query.exec(QStringLiteral("COMMIT"))) return error(query.lastError(), QStringLiteral("commit"));
  open_ = false;
  return Status::ok();
}

RecordVersion versionFromRow(const QSqlQuery& query, int first) {
  RecordVersion version;
  version.versionId = query.value(first).toString();
  version.recordId = query.value(first + 1).toString();
  version.baseVersionId = query.value(first + 2).toString();
  version.kind = recordKindFromName(query.value(first + 3).toString()).value_or(RecordKind::Activity);
  version.unitId = query.value(first + 4).toString();
  version.authorId = query.value(first + 5).toString();
  version.deviceId = query.value(first + 6).toString();
  version.hlc = static_cast<HlcStamp>(query.value(first + 7).toLongLong());
  version.deleted = query.value(first + 8).toBool();
  version.fields = fieldsFromJson(version.kind, query.value(first + 9).toByteArray());
  return version;
}

QVariantList versionValues(const RecordVersion& version, const QString& origin) {
  return {version.versionId, version.recordId, version.baseVersionId, recordKindName(version.kind),
          version.unitId, version.authorId, version.deviceId, static_cast<qint64>(version.hlc),
          version.deleted ? 1 : 0, QString::fromUtf8(fieldsToJson(version.kind, version.fields)), origin};
}

}  // namespace sohoi::client::sql
