#include "photo_repository.h"

#include "sql.h"
#include "transaction.h"

namespace sohoi::server {

bool PhotoRepository::contains(const QString& sha256) {
  QSqlQuery& query = sql::runCached(tx_, QStringLiteral("SELECT 1 FROM photos WHERE sha256 = ?"), {sha256});
  return query.next();
}

std::optional<StoredPhoto> PhotoRepository::find(const QString& sha256) {
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT media_type, size, data FROM photos WHERE sha256 = ?"), {sha256});
  if (!query.next()) return std::nullopt;
  return StoredPhoto{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toByteArray()};
}

qint64 PhotoRepository::receivedBytes(const QString& sha256) {
  QSqlQuery& query = sql::runCached(
      tx_, QStringLiteral("SELECT COALESCE(SUM(size), 0) FROM photo_parts WHERE sha256 = ?"), {sha256});
  return query.next() ? query.value(0).toLongLong() : 0;
}

void PhotoRepository::appendPart(const QString& sha256, qint64 offset, const QByteArray& data, qint64 at) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO photo_parts (sha256, start_offset, size, data, received_at) "
                          "VALUES (?, ?, ?, ?, ?)"),
           {sha256, offset, static_cast<qint64>(data.size()), data, at});
}

QByteArray PhotoRepository::joinedParts(const QString& sha256) {
  QSqlQuery query = sql::run(
      tx_.connection(), QStringLiteral("SELECT data FROM photo_parts WHERE sha256 = ? ORDER BY start_offset"),
      {sha256});
  QByteArray joined;
  while (query.next()) joined.append(query.value(0).toByteArray());
  return joined;
}

void PhotoRepository::dropParts(const QString& sha256) {
  sql::run(tx_.connection(), QStringLiteral("DELETE FROM photo_parts WHERE sha256 = ?"), {sha256});
}

int PhotoRepository::dropPartsOlderThan(qint64 cutoff) {
  QSqlQuery stale = sql::run(
      tx_.connection(),
      QStringLiteral("SELECT sha256 FROM photo_parts GROUP BY sha256 HAVING MAX(received_at) < ?"), {cutoff});
  QStringList hashes;
  while (stale.next()) hashes.append(stale.value(0).toString());
  for (const QString& sha256 : hashes) dropParts(sha256);
  return static_cast<int>(hashes.size());
}

void PhotoRepository::store(const QString& sha256, const QString& mediaType, const QByteArray& data, qint64 at) {
  dropParts(sha256);
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO photos (sha256, media_type, size, data, stored_at) VALUES (?, ?, ?, ?, ?)"),
           {sha256, mediaType, static_cast<qint64>(data.size()), data, at});
}

std::optional<QString> PhotoRepository::unitOfRecordListing(const QString& recordId, const QString& sha256) {
  // A version's fields are JSON with photos as hex; 64 hex digits do not occur there by chance.
  QSqlQuery query = sql::run(tx_.connection(),
                             QStringLiteral("SELECT r.unit_id FROM records r WHERE r.id = ? AND EXISTS ("
                                            "SELECT 1 FROM versions v WHERE v.record_id = r.id AND v.fields LIKE ?)"),
                             {recordId, QStringLiteral("%\"") + sha256 + QStringLiteral("\"%")});
  if (!query.next()) return std::nullopt;
  return query.value(0).toString();
}

}  // namespace sohoi::server
