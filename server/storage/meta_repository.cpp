#include "meta_repository.h"

#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

#include "ids/uuid7.h"

namespace sohoi::server {

std::optional<QString> MetaRepository::value(const QString& key) {
  std::optional<QHash<QString, QString>>& rows = tx_.metaRows();
  if (!rows) {
    QHash<QString, QString> read;
    // Through the database's own API: on PostgreSQL it travels with the writes held back before it (an
    // enrolment's device row), one round trip for both.
    ReadRows query = tx_.read(QStringLiteral("SELECT key, value FROM meta"), {});
    while (query.next()) read.insert(query.value(0).toString(), query.value(1).toString());
    rows = std::move(read);
  }
  const auto found = rows->constFind(key);
  if (found == rows->constEnd()) return std::nullopt;
  return *found;
}

void MetaRepository::setValue(const QString& key, const QString& value) {
  sql::run(tx_.connection(),
           QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
           {key, value});
  tx_.metaRows().reset();
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
