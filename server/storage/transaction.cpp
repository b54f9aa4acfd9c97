#include "transaction.h"

#include "database.h"
#include "sql.h"
#include "statement_cache.h"
#include "storage_error.h"

#include <QSqlQuery>

namespace sohoi::server {

Transaction::Transaction(Database& database, Mode mode)
    : database_(database),
      writerLock_(mode == Mode::Write ? std::unique_lock(database.writerMutex()) : std::unique_lock<std::mutex>()),
      statements_(database.statements()) {
  db_ = statements_.connection();
  const bool sqlite = database.backend() == DatabaseBackend::Sqlite;
  sql::run(db_, mode == Mode::Write && sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
  open_ = true;
}

Transaction::~Transaction() {
  if (!open_) return;
  statements_.finishAll();
  QSqlQuery rollback(db_);
  rollback.exec(QStringLiteral("ROLLBACK"));  // nothing more to do if even this fails
}

QSqlQuery& Transaction::statement(const QString& sql) { return statements_.get(sql); }

void Transaction::finishStatements() { statements_.finishAll(); }

void Transaction::commit() {
  statements_.finishAll();
  sql::run(db_, QStringLiteral("COMMIT"));
  open_ = false;
}

}  // namespace sohoi::server
