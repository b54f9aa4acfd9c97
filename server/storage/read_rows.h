#pragma once
// The rows of one Transaction::read(). On PostgreSQL they come from libpq as text (the statement ran through
// the extended protocol, see PgNativeStatements::read); on SQLite from SQLite's own statement, stepped as
// they are read (storage::SqliteStatements::read). value() answers as QSqlQuery's does: NULL is a null
// QVariant, booleans and integers come typed, anything else as text that converts as Qt converts it, so
// one row reader serves both.
#include <QByteArrayView>
#include <QVariant>
#include <memory>
#include <vector>

struct pg_result;
struct sqlite3_stmt;

namespace sohoi::server {

/// A libpq result, cleared when dropped.
using PgResult = std::unique_ptr<pg_result, void (*)(pg_result*)>;

class ReadRows {
 public:
  /// The rows of a bound SQLite statement, not yet stepped. REQUIRES: the statement outlives this object.
  explicit ReadRows(sqlite3_stmt* statement) : statement_(statement) {}
  /// Rows libpq returned, in one result or several.
  explicit ReadRows(std::vector<PgResult> results) : results_(std::move(results)) {}

  /// Moves to the next row (the first, at the start); false after the last. Throws StorageError when
  /// SQLite fails to read it.
  bool next();
  /// The current row's column. REQUIRES: next() returned true.
  QVariant value(int column) const;
  /// The current row's text column as UTF-8, as both databases hold it: a stored JSON document goes to its
  /// parser without a round trip through QString. Empty for NULL. REQUIRES: next() returned true.
  QByteArray utf8(int column) const;

 private:
  /// The current row's column as the UTF-8 the database holds, valid until the next step.
  QByteArrayView text(int column) const;

  sqlite3_stmt* statement_ = nullptr;
  bool ended_ = false;  // a further step would run the statement again
  std::vector<PgResult> results_;
  size_t result_ = 0;  // the current row's result
  int row_ = -1;       // within it
};

}  // namespace sohoi::server
