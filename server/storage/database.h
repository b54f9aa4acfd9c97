#pragma once
// The server's database: one per process, shared by every thread. Qt SQL connections belong to the thread
// that opened them, so each thread gets its own connection, opened on first use and closed when the
// thread ends. Opening creates the schema or migrates it; a database newer than this code is refused.
//
// Connection pool: the threads that use this class are a fixed set, so its connections are too. Calls run
// on the WorkPool's workers (server/rpc/work_pool.h), each keeping its connection for its whole life;
// besides them only the push writer, the tree-change timer and the progress preparation open one, and the
// main thread while starting. A server serving any number of devices thus holds at most `--workers` + 4
// connections; a thread made for one call would open (and close) one of its own, so none is.
#include "database_spec.h"

#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <mutex>

namespace sohoi::server {

class StatementCache;

class Database {
 public:
  /// Opens spec ("sqlite:PATH" or "postgresql://USER@HOST:PORT/DB", see DatabaseSpec), creating and
  /// migrating it. Null and *error (bilingual) on failure.
  static std::unique_ptr<Database> open(const QString& spec, QString* error);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  /// This thread's connection, opened on first use. Throws StorageError when it cannot be opened.
  QSqlDatabase connection();
  /// This thread's prepared statements on connection().
  StatementCache& statements();
  /// Closes this thread's connection; the next connection() opens a new one. For a connection PostgreSQL
  /// dropped (a restart, a network cut), which would otherwise fail every use until the thread ends.
  /// REQUIRES: no handle to it held outside statements() (no Transaction open on it).
  void closeConnection();
  const DatabaseSpec& spec() const { return spec_; }
  DatabaseBackend backend() const { return spec_.backend; }
  /// Held by every write transaction: SQLite has one writer at a time, and waiting on a mutex here is
  /// cheaper and fairer than retrying on SQLITE_BUSY (on PostgreSQL, than queueing on the writers' lock
  /// with a connection each). Shared by all Database objects on the same file or database.
  std::mutex& writerMutex() { return *writerMutex_; }
  /// The schema version the database is at (after open: the latest this code knows).
  int schemaVersion();
  /// After a bulk load (a demo, a tree, baselines, start states), on PostgreSQL: gathers the planner's
  /// statistics now rather than at autovacuum's next round. Without them a fleet syncing in the minute
  /// after a demo load cost PostgreSQL ten times its usual CPU and some tablets timed out. SQLite plans
  /// well enough without.
  void refreshPlannerStatistics();

 private:
  explicit Database(DatabaseSpec spec);
  QString connectionName() const;
  QSqlDatabase openConnection(const QString& name);

  DatabaseSpec spec_;
  QString namePrefix_;                    // unique per Database object
  std::shared_ptr<std::mutex> writerMutex_;
};

}  // namespace sohoi::server
