#pragma once
// Small helpers shared by the store's source files: errors with both languages, an immediate transaction
// that rolls back unless committed, and the one mapping between a versions row and a RecordVersion.
#include "common/status.h"
#include "domain/record_version.h"
#include "statement_cache.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace sohoi::client::sql {

/// A STORE_ERROR status naming what failed.
Status error(const QSqlError& error, const QString& what);
Status error(const QString& reason, const QString& what);
/// Prepares (once per connection) and executes query with the values bound in order; false leaves the
/// error in the query.
bool run(CachedQuery& query, const QString& statement, const QVariantList& values = {});
/// Executes an already prepared query with the values bound in order: for statements run once per row of
/// a batch, where preparing every time would cost more than the work itself.
bool rerun(QSqlQuery& prepared, const QVariantList& values);
/// Runs statement, which returns no rows, with the values bound in order through SQLite's own API
/// (prepared once per connection): for the writes run for every row of a page or batch, where Qt's binding
/// by name cost more than SQLite's work. A STORE_ERROR naming what on failure.
Status write(StatementCache& cache, const QString& statement, const QVariantList& values,
             const QString& what);

/// BEGIN IMMEDIATE on construction (takes the write lock up front, so two connections never deadlock
/// upgrading a read lock); ROLLBACK on destruction unless commit() succeeded.
class Transaction {
 public:
  explicit Transaction(QSqlDatabase& db);
  ~Transaction();
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  /// The status of BEGIN: check before writing.
  const Status& status() const { return status_; }
  Status commit();

 private:
  QSqlDatabase& db_;
  Status status_;
  bool open_ = false;
};

/// The columns versionFromRow expects, in order, for "SELECT <kVersionColumns> FROM versions v".
extern const char* const kVersionColumns;
/// Reads a version from the row's columns starting at first (see kVersionColumns).
RecordVersion versionFromRow(const QSqlQuery& query, int first = 0);
/// The values of an INSERT into versions, matching kVersionColumns, then origin.
QVariantList versionValues(const RecordVersion& version, const QString& origin);
extern const char* const kInsertVersion;

}  // namespace sohoi::client::sql
