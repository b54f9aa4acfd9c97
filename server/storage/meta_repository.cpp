#include "meta_repository.h"

#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "ids/uuid7.h"

namespace sohoi::server {

std::optional<QString> MetaRepository::value(const QString& key) {
  QSqlQuery& query = sql::runCached(tx_, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key});
  if (!query.next()) return std::nullopt;
  return query.value(0).toString();
}

void MetaRepository::setValue(const QString& key, const QString& value) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
           {key, value});
}

QString MetaRepository::epoch() {
  std::optional<QString> epoch = value(QStringLiteral("epoch"));
  if (!epoch) throw StorageError(QStringLiteral("The database has no epoch"));
  return *epoch;
}

QString MetaRepository::rotateEpoch() {
  const QString epoch = newUuid7();
  setValue(QStringLiteral("epoch"), epoch);
  return epoch;
}

}  // namespace sohoi::server
