// LocalStore: evidence photos waiting to go up. The queue is not kept as rows of its own: it is the photos
// listed by this device's acknowledged versions less those the server holds (photos_sent), so a record
// saved, edited or deleted never leaves a queue to fix up, and a photo goes up only after its record.
#include "local_store.h"
#include "sql_support.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::client {

std::vector<PhotoToSend> LocalStore::photosToSend() const {
  sql::CachedQuery query(statements_);
  QSet<QString> seen;
  {
    sql::CachedQuery sent(statements_);
    if (sql::run(sent, QStringLiteral("SELECT sha256 FROM photos_sent")))
      while (sent.next()) seen.insert(sent.value(0).toString());
  }
  std::vector<PhotoToSend> photos;
  if (!sql::run(query, QStringLiteral("SELECT v.record_id, v.fields FROM outbox o "
                                      "JOIN versions v ON v.version_id = o.version_id "
                                      "WHERE o.state = 'acknowledged' AND v.fields LIKE '%\"photos\"%' ORDER BY o.seq")))
    return photos;
  while (query.next()) {
    const QJsonArray hashes = QJsonDocument::fromJson(query.value(1).toByteArray()).object().value("photos").toArray();
    for (const QJsonValue& hash : hashes) {
      if (seen.contains(hash.toString())) continue;
      seen.insert(hash.toString());
      photos.push_back({query.value(0).toString(), hash.toString()});
    }
  }
  return photos;
}

Status LocalStore::markPhotoSent(const QString& hash) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("INSERT INTO photos_sent (sha256, sent_at) VALUES (?, ?) ON CONFLICT DO NOTHING"),
                {hash, QDateTime::currentMSecsSinceEpoch()}))
    return sql::error(query.lastError(), QStringLiteral("photo sent"));
  return Status::ok();
}

}  // namespace sohoi::client
