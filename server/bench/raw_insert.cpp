#include "raw_insert.h"

#include "wire/field_json.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::server::bench {

namespace {

bool prepare(QSqlQuery& query, const char* statement, QString* error) {
  if (query.prepare(QString::fromLatin1(statement))) return true;
  *error = query.lastError().text();
  return false;
}

double insertAll(QSqlDatabase& db, const std::vector<RecordVersion>& versions, QString* error) {
  QSqlQuery pragma(db);
  // The server's own settings (server/storage/database.cpp), so the comparison is like for like.
  pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
  pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
  QSqlQuery version(db), record(db), answer(db);
  if (!prepare(version,
               "INSERT INTO versions (version_id, record_id, base_version_id, kind, unit_id, author_id, device_id, "
               "hlc, deleted, fields, content_hash, position, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
               error) ||
      !prepare(record,
               "INSERT INTO records (id, kind, unit_id, head_version_id, conflict, deleted) VALUES (?, ?, ?, ?, 0, ?)",
               error) ||
      !prepare(answer,
               "INSERT INTO push_results (device_id, seq, outcome, reason, field, message_vi, message_en) "
               "VALUES (?, ?, 1, 0, '', '', '')",
               error))
    return -1;
  QElapsedTimer timer;
  timer.start();
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  db.transaction();
  qint64 position = 0;
  for (const RecordVersion& v : versions) {
    ++position;
    const QString hash = QString::fromLatin1(contentHash(v).toHex());  // the server computes it too
    const QVariantList values{v.versionId, v.recordId, v.baseVersionId.isEmpty() ? QVariant() : QVariant(v.baseVersionId),
                              recordKindName(v.kind), v.unitId, v.authorId, v.deviceId, static_cast<qint64>(v.hlc),
                              v.deleted ? 1 : 0, QString::fromUtf8(fieldsToJson(v.kind, v.fields)), hash, position, now};
    for (int i = 0; i < values.size(); ++i) version.bindValue(i, values.at(i));
    record.bindValue(0, v.recordId);
    record.bindValue(1, recordKindName(v.kind));
    record.bindValue(2, v.unitId);
    record.bindValue(3, v.versionId);
    record.bindValue(4, v.deleted ? 1 : 0);
    answer.bindValue(0, v.deviceId);
    answer.bindValue(1, position);
    if (!version.exec() || !record.exec() || !answer.exec()) {
      *error = version.lastError().text() + record.lastError().text() + answer.lastError().text();
      db.rollback();
      return -1;
    }
  }
  if (!db.commit()) {
    *error = db.lastError().text();
    return -1;
  }
  return static_cast<double>(timer.nsecsElapsed()) / 1e9;
}

}  // namespace

double rawBulkInsert(const QString& sqlitePath, const std::vector<RecordVersion>& versions, QString* error) {
  const QString name = QStringLiteral("sohoi-ingest-bench-raw");
  double seconds = -1;
  {
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(sqlitePath);
    if (db.open())
      seconds = insertAll(db, versions, error);
    else
      *error = db.lastError().text();
    db.close();
  }
  QSqlDatabase::removeDatabase(name);
  return seconds;
}

}  // namespace sohoi::server::bench
