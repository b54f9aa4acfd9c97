#include "read_rows.h"

#include "storage/sqlite_statements.h"
#include "storage_error.h"

#include <QByteArray>
#include <QString>
#include <cstdlib>
#include <libpq-fe.h>
#include <sqlite3.h>

namespace sohoi::server {

namespace {
// PostgreSQL's type oids (pg_type.oid, fixed for built-in types; the server headers that name them are not
// libpq's).
constexpr Oid kBoolean = 16, kBigInteger = 20, kSmallInteger = 21, kInteger = 23;
}  // namespace

bool ReadRows::next() {
  if (statement_) {
    if (ended_) return false;
    switch (sqlite3_step(statement_)) {
      case SQLITE_ROW:
        return true;
      case SQLITE_DONE:
        ended_ = true;
        sqlite3_reset(statement_);  // its read snapshot ends here
        return false;
      default:
        throw StorageError(storage::stepFailure(statement_));
    }
  }
  ++row_;
  while (result_ < results_.size() && row_ >= PQntuples(results_[result_].get())) {
    ++result_;
    row_ = 0;
  }
  return result_ < results_.size();
}

QVariant ReadRows::value(int column) const {
  if (statement_) {
    // As Qt's driver reads them.
    switch (sqlite3_column_type(statement_, column)) {
      case SQLITE_NULL:
        return QVariant();
      case SQLITE_INTEGER:
        return static_cast<qlonglong>(sqlite3_column_int64(statement_, column));
      case SQLITE_FLOAT:
        return sqlite3_column_double(statement_, column);
      case SQLITE_BLOB:
        return QByteArray(static_cast<const char*>(sqlite3_column_blob(statement_, column)),
                          sqlite3_column_bytes(statement_, column));
      default:
        // Read as stored (UTF-8) and decoded by Qt: SQLite's own conversion to UTF-16 copies the text once
        // more, a byte at a time, on every column of every row a pull reads.
        return QString::fromUtf8(text(column));
    }
  }
  const pg_result* result = results_[result_].get();
  if (PQgetisnull(result, row_, column)) return QVariant();
  const char* raw = PQgetvalue(result, row_, column);
  // As Qt's driver types them; as text, "f" would read as true.
  switch (PQftype(result, column)) {
    case kBoolean: return raw[0] == 't';
    case kSmallInteger:
    case kInteger: return static_cast<int>(std::strtol(raw, nullptr, 10));
    case kBigInteger: return static_cast<qlonglong>(std::strtoll(raw, nullptr, 10));
    default: return QString::fromUtf8(text(column));
  }
}

QByteArray ReadRows::utf8(int column) const { return text(column).toByteArray(); }

QByteArrayView ReadRows::text(int column) const {
  if (statement_)
    return QByteArrayView(reinterpret_cast<const char*>(sqlite3_column_text(statement_, column)),
                          sqlite3_column_bytes(statement_, column));
  const pg_result* result = results_[result_].get();
  return QByteArrayView(PQgetvalue(result, row_, column), PQgetlength(result, row_, column));
}

}  // namespace sohoi::server
