#pragma once
// PostgreSQL writes run through libpq's extended protocol, for the statements that carry the most values.
// Qt's QPSQL driver runs a prepared statement as `EXECUTE name('literal', …)`: the server formats every value
// into SQL text and PostgreSQL parses that text again on every run. A daily push's multi-row inserts carry
// some 500 values, and that round of formatting and parsing cost about a fifth of the database's CPU and a
// tenth of the server's. Here the values travel as parameters beside a statement prepared once per
// connection, and each column's input function reads its value directly.
#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <span>
#include <unordered_map>

namespace sohoi::server {

class PgNativeStatements {
 public:
  /// Runs sql, a statement that returns no rows with `?` placeholders, with values bound in order;
  /// prepared on db's connection on first use. Throws StorageError on failure (the transaction is then
  /// aborted, as after any failed statement). REQUIRES: db is a connection of Qt's QPSQL driver, the same
  /// every call (one object per connection); values are text, integers or NULL.
  void run(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values);
  /// Forgets what was prepared: before the connection closes.
  void clear() { names_.clear(); }

 private:
  std::unordered_map<QString, QByteArray> names_;  // sql → the name it is prepared under
};

}  // namespace sohoi::server
