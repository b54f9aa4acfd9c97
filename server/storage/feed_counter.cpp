#include "feed_counter.h"

#include "sql.h"
#include "storage_error.h"
#include "transaction.h"

namespace sohoi::server {

quint64 FeedCounter::take() {
  if (!locked_) {
    QSqlQuery& read = sql::runCached(
        tx_, QStringLiteral("UPDATE feed_counter SET value = value WHERE id = 1 RETURNING value"));
    if (!read.next()) throw StorageError(QStringLiteral("feed_counter is missing"));
    stored_ = last_ = read.value(0).toULongLong();
    read.finish();
    locked_ = true;
  }
  return ++last_;
}

void FeedCounter::store() {
  if (last_ == stored_) return;
  tx_.write(QStringLiteral("UPDATE feed_counter SET value = ? WHERE id = 1"), {static_cast<qint64>(last_)});
  stored_ = last_;
}

}  // namespace sohoi::server
