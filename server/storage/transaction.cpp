#include "transaction.h"

#include "database.h"
#include "sql.h"
#include "statement_cache.h"
#include "storage_error.h"

#include <QSqlQuery>

namespace sohoi::server {

namespace {
// The advisory lock PostgreSQL writers take; any constant other programs on the same database do not use.
constexpr qint64 kWriterLockKey = 0x736f686f69;  // "sohoi" in ASCII
}  // namespace

Transaction::Transaction(Database& database, Mode mode)
    : database_(database),
      writerLock_(mode == Mode::Write ? std::unique_lock(database.writerMutex()) : std::unique_lock<std::mutex>()),
      statements_(database.statements()) {
  db_ = statements_.connection();
  autocommit_ = mode == Mode::Autocommit;
  if (autocommit_) return;
  try {
    begin(mode);
  } catch (const StorageError&) {
    replaceLostConnection();
    throw;
  }
  open_ = true;
}

void Transaction::begin(Mode mode) {
  if (database_.backend() == DatabaseBackend::Sqlite) {
    sql::run(db_, mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
  } else if (mode == Mode::Write) {
    // BEGIN IMMEDIATE's equivalent: one writer at a time across every process on this database, the lock
    // held to commit or rollback. Read committed then shows each statement every earlier writer's commit.
    // One round trip for both (unprepared text may hold several statements).
    try {
      sql::run(db_, QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(%1)").arg(kWriterLockKey));
    } catch (const StorageError&) {
      QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"));  // the destructor does not run for a constructor that threw
      throw;
    }
  } else {
    // One snapshot for the whole read, as SQLite's read transactions have.
    sql::run(db_, QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
  }
}

Transaction::~Transaction() {
  if (statements_.postgres().pending())
    statements_.postgres().discard();  // left on a failure: ROLLBACK follows
  statements_.finishAll();  // an unfinished SELECT would keep SQLite's read snapshot even without BEGIN
  // Left before commit() without a BEGIN: a statement failed. The connection may be gone, and no BEGIN of
  // this thread's next call would notice it if that call again begins without one.
  if (autocommit_ && !committed_) replaceLostConnection();
  if (!open_) return;
  if (!QSqlQuery(db_).exec(QStringLiteral("ROLLBACK"))) replaceLostConnection();
}

void Transaction::replaceLostConnection() {
  if (database_.backend() != DatabaseBackend::Postgres) return;  // SQLite: a file, nothing to lose
  db_ = QSqlDatabase();  // the last handle outside the statement cache, which goes with the connection
  database_.closeConnection();
}

const QSqlDatabase& Transaction::connection() {
  flush();
  return db_;
}

QSqlQuery& Transaction::statement(const QString& sql) {
  flush();
  return statements_.get(sql);
}

void Transaction::write(const QString& sql, std::span<const QVariant> values) {
  if (database_.backend() == DatabaseBackend::Postgres) {
    statements_.postgres().send(db_, sql, values);
    if (!open_) flush();  // without BEGIN each statement is its own transaction: nothing to gather
    return;
  }
  if (QString error; !statements_.sqlite().write(db_, sql, values, &error)) throw StorageError(error);
}

ReadRows Transaction::read(const QString& sql, std::span<const QVariant> values) {
  if (database_.backend() == DatabaseBackend::Postgres)
    return ReadRows(statements_.postgres().read(db_, sql, values));
  QString error;
  sqlite3_stmt* statement = statements_.sqlite().read(db_, sql, values, &error);
  if (!statement) throw StorageError(error);
  return ReadRows(statement);
}

void Transaction::flush() { statements_.postgres().flush(); }

void Transaction::finishStatements() {
  flush();
  statements_.finishAll();
}

void Transaction::commit() {
  statements_.finishAll();
  committed_ = true;
  if (!open_) return;
  if (statements_.postgres().pending()) {
    // COMMIT travels with the writes before it: one round trip for the lot.
    statements_.postgres().send(db_, QStringLiteral("COMMIT"), {});
    flush();
  } else {
    sql::run(db_, QStringLiteral("COMMIT"));
  }
  open_ = false;
}

}  // namespace sohoi::server
