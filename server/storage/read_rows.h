#pragma once
// The rows of one Transaction::read(). On PostgreSQL they come from libpq as text (the statement ran through
// the extended protocol, see PgNativeStatements::read); on SQLite from the connection's cached Qt statement.
// value() answers as QSqlQuery's does: NULL is a null QVariant, booleans and integers come typed, anything
// else as text that converts as Qt converts it, so one row reader serves both.
#include <QSqlQuery>
#include <QVariant>
#include <memory>
#include <vector>

struct pg_result;

namespace sohoi::server {

/// A libpq result, cleared when dropped.
using PgResult = std::unique_ptr<pg_result, void (*)(pg_result*)>;

class ReadRows {
 public:
  /// Rows read through Qt. REQUIRES: query executed, and outlives this object.
  explicit ReadRows(QSqlQuery& query) : query_(&query) {}
  /// Rows libpq returned, in one result or several.
  explicit ReadRows(std::vector<PgResult> results) : results_(std::move(results)) {}

  /// Moves to the next row (the first, at the start); false after the last.
  bool next();
  /// The current row's column. REQUIRES: next() returned true.
  QVariant value(int column) const;

 private:
  QSqlQuery* query_ = nullptr;
  std::vector<PgResult> results_;
  size_t result_ = 0;  // the current row's result
  int row_ = -1;       // within it
};

}  // namespace sohoi::server
