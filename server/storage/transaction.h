#pragma once
// One database transaction on the calling thread's connection, rolled back unless commit() is reached.
// Write transactions hold the database's writer mutex and start with BEGIN IMMEDIATE on SQLite, so the
// write lock is taken up front and a push never fails half-way on a lock upgrade; on PostgreSQL they take
// a transaction-scoped advisory lock instead, which also holds back writers in other server processes.
// Read transactions see one snapshot throughout (repeatable read on PostgreSQL). An autocommit "transaction"
// begins nothing: each statement is its own, for a read that is one statement (on PostgreSQL BEGIN and
// COMMIT are two round trips more than the read itself, on every call that authenticates). Its user calls
// commit() on every way out but a thrown StorageError: leaving without it gives the connection up, since no
// BEGIN will tell whether the failure lost it.
#include "read_rows.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <initializer_list>
#include <mutex>
#include <optional>
#include <span>

namespace sohoi::server {

class Database;
class StatementCache;

class Transaction {
 public:
  enum class Mode { Read, Write, Autocommit };

  /// Begins; throws StorageError when the database is unavailable. REQUIRES: no other open
  /// Transaction on this thread for the same database (transactions do not nest).
  Transaction(Database& database, Mode mode);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;

  /// Makes the writes durable; throws StorageError on failure (the transaction is then rolled back). In
  /// Autocommit mode each statement was already durable: this only finishes them.
  void commit();
  /// The connection, for a statement through Qt; the writes held back are sent first (see write()).
  const QSqlDatabase& connection();
  /// The connection's prepared statement for sql (see StatementCache): for statements run per row. The
  /// writes held back are sent first.
  QSqlQuery& statement(const QString& sql);
  /// Runs sql, a statement that returns no rows, with values for its `?` in order; prepared once per
  /// connection. Throws StorageError on failure. For writes with many values, such as multi-row inserts:
  /// it goes through the database's own API, past Qt's binding by name (storage::SqliteStatements,
  /// PgNativeStatements). On PostgreSQL it goes through libpq's extended protocol, and inside BEGIN … COMMIT
  /// it is held back and sent with the writes after it, in one round trip, when the transaction next reads,
  /// flushes or commits: its failure is thrown there.
  void write(const QString& sql, std::span<const QVariant> values);
  void write(const QString& sql, std::initializer_list<QVariant> values) {
    write(sql, std::span(values.begin(), values.size()));
  }
  /// Runs sql, a statement that returns rows, with values for its `?` in order; prepared once per
  /// connection. Throws StorageError on failure. On PostgreSQL it goes through libpq's extended protocol
  /// with the writes held back before it, in one round trip: Qt would send the values as SQL text for
  /// PostgreSQL to parse again, and bind each of them through a lookup by name. On SQLite through SQLite's
  /// API, its rows stepped as they are read. For reads with many values or on every sync. REQUIRES: no
  /// rows of an earlier statement of the same text are still being read on this connection.
  ReadRows read(const QString& sql, std::span<const QVariant> values);
  ReadRows read(const QString& sql, std::initializer_list<QVariant> values) {
    return read(sql, std::span(values.begin(), values.size()));
  }
  /// Sends the writes held back and waits for them; throws StorageError for the first that failed. For a
  /// caller that must know a part's writes succeeded before it goes on (group commit's batches).
  void flush();
  /// Resets every prepared statement of the connection (see StatementCache::finishAll), after sending the
  /// writes held back.
  void finishStatements();
  Database& database() { return database_; }
  /// The meta table's few rows as this transaction read them (MetaRepository): a pull asks for three of
  /// them, and on PostgreSQL every read is a round trip. Empty until first read; reset by a write to it,
  /// and by a savepoint's rollback.
  std::optional<QHash<QString, QString>>& metaRows() { return metaRows_; }

 private:
  void begin(Mode mode);
  /// After a BEGIN or ROLLBACK failed on PostgreSQL: the server has most likely dropped the connection, so
  /// this thread's next transaction gets a new one instead of failing on it for ever (if it was only the
  /// writers' lock that failed, a new connection costs little).
  void replaceLostConnection();

  Database& database_;
  std::unique_lock<std::mutex> writerLock_;
  QSqlDatabase db_;
  StatementCache& statements_;
  bool open_ = false;  // a BEGIN awaits its COMMIT or ROLLBACK
  bool autocommit_ = false;
  bool committed_ = false;
  std::optional<QHash<QString, QString>> metaRows_;
};

}  // namespace sohoi::server
