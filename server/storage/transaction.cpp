#include "transaction.h"

#include "database.h"
#include "sql.h"
#include "storage_error.h"

#include <QSqlQuery>

namespace sohoi::server {

Transaction::Transaction(Database& database, Mode mode) : database_(database) {
  if (mode == Mode::Write) writerLock_ = std::unique_lock(database.writerMutex());
  db_ = database.connection();
  const bool sqlite = database.backend() == DatabaseBackend::Sqlite;
  sql::run(db_, mode == Mode::Write && sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
  open_ = true;
}

Transaction::~Transaction() {
  if (!open_) return;
  QSqlQuery rollback(db_);
  rollback.exec(QStringLiteral("ROLLBACK"));  // nothing more to do if even this fails
}

void Transaction::commit() {
  sql::run(db_, QStringLiteral("COMMIT"));
  open_ = false;
}

}  // namespace sohoi::server
