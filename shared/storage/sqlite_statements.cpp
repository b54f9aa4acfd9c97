#include "sqlite_statements.h"

#include "driver_handle.h"

#include <QStringEncoder>
#include <algorithm>
#include <sqlite3.h>

// As Qt's driver declares it, so that the handle it lends out can be recognised.
Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace sohoi::storage {

namespace {

QString failure(sqlite3* conn, const QString& sql) {
  return QStringLiteral("SQL failed: %1 (%2)").arg(QString::fromUtf8(sqlite3_errmsg(conn)), sql);
}

// As Qt's driver binds them: integers and booleans as integers, bytes as a blob, anything else as text, and
// a null QString or QByteArray as NULL (a QVariant holding one is not null itself).
int bindOne(sqlite3_stmt* statement, int position, const QVariant& value) {
  // As the UTF-8 the database stores: handed UTF-16, SQLite translated it a character at a time, 9% of
  // the server's instructions in a burst of daily pushes; Qt's conversion is several times faster. Encoded
  // straight into memory SQLite then owns, so it does not copy the text again.
  const auto bindText = [&](const QString& text) {
    QStringEncoder toUtf8(QStringEncoder::Utf8);
    // At least a byte: SQLite allocates nothing for zero, and an empty text is still a text.
    const qsizetype space = std::max<qsizetype>(toUtf8.requiredSpace(text.size()), 1);
    char* const utf8 = static_cast<char*>(sqlite3_malloc64(static_cast<sqlite3_uint64>(space)));
    if (!utf8) return SQLITE_NOMEM;
    const char* const end = toUtf8.appendToBuffer(utf8, text);
    return sqlite3_bind_text64(statement, position, utf8, static_cast<sqlite3_uint64>(end - utf8),
                               sqlite3_free, SQLITE_UTF8);
  };
  if (value.isNull()) return sqlite3_bind_null(statement, position);
  switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
      return sqlite3_bind_int64(statement, position, value.toLongLong());
    case QMetaType::Double:
      return sqlite3_bind_double(statement, position, value.toDouble());
    case QMetaType::QByteArray: {
      const QByteArray bytes = value.toByteArray();
      if (bytes.isNull()) return sqlite3_bind_null(statement, position);
      return sqlite3_bind_blob64(statement, position, bytes.constData(),
                                 static_cast<sqlite3_uint64>(bytes.size()), SQLITE_TRANSIENT);
    }
    case QMetaType::QString: {
      const QString text = value.toString();
      return text.isNull() ? sqlite3_bind_null(statement, position) : bindText(text);
    }
    default:
      return bindText(value.toString());
  }
}

}  // namespace

QString stepFailure(sqlite3_stmt* statement) {
  // The message is the connection's until its next call: read before the reset.
  const QString error = failure(sqlite3_db_handle(statement), QString::fromUtf8(sqlite3_sql(statement)));
  sqlite3_reset(statement);
  return error;
}

sqlite3_stmt* SqliteStatements::read(const QSqlDatabase& db, const QString& sql,
                                     std::span<const QVariant> values, QString* error) {
  auto found = statements_.find(sql);
  sqlite3_stmt* statement = found == statements_.end() ? nullptr : found->second;
  if (!statement) {
    sqlite3* conn = driverHandle<sqlite3*>(db);
    if (!conn) {
      *error = QStringLiteral("SQL failed: no SQLite connection (%1)").arg(sql);
      return nullptr;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v3(conn, text.constData(), static_cast<int>(text.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
      sqlite3_finalize(statement);  // null after a failure, and finalizing null does nothing
      *error = failure(conn, sql);
      return nullptr;
    }
    statements_.emplace(sql, statement);
  }
  sqlite3_reset(statement);  // a read left unfinished by its reader
  if (static_cast<size_t>(sqlite3_bind_parameter_count(statement)) != values.size()) {
    *error = QStringLiteral("SQL failed: %1 values for %2 placeholders (%3)")
                 .arg(values.size())
                 .arg(sqlite3_bind_parameter_count(statement))
                 .arg(sql);
    return nullptr;
  }
  for (size_t i = 0; i < values.size(); ++i)
    if (bindOne(statement, static_cast<int>(i) + 1, values[i]) != SQLITE_OK) {
      *error = failure(sqlite3_db_handle(statement), sql);
      return nullptr;
    }
  return statement;
}

bool SqliteStatements::write(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values,
                             QString* error) {
  sqlite3_stmt* statement = read(db, sql, values, error);
  if (!statement) return false;
  int status = sqlite3_step(statement);
  while (status == SQLITE_ROW) status = sqlite3_step(statement);  // a write's RETURNING, unread
  if (status != SQLITE_DONE) {
    *error = stepFailure(statement);
    return false;
  }
  sqlite3_reset(statement);
  return true;
}

void SqliteStatements::finishAll() {
  for (auto& [sql, statement] : statements_)
    if (sqlite3_stmt_busy(statement)) sqlite3_reset(statement);
}

void SqliteStatements::clear() {
  for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
  statements_.clear();
}

}  // namespace sohoi::storage
