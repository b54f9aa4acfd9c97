#pragma once
// SQLite statements run through SQLite's own API, on the connection Qt's driver opened. Qt's QSQLITE driver
// binds each value of a prepared statement through a lookup by a name it formats (":0", ":1", …): on the
// server a daily push's multi-row inserts carry some 500 values, and that bookkeeping cost a sixth of its
// CPU in a fleet's daily burst; on a tablet it was a fifth of a first sync, binding each pulled version.
// Here each value is bound by its position. The statements live beside Qt's on the same connection (Qt's
// driver uses the system's SQLite, so the handle is shared, and so is any open transaction), and are
// finalized before it closes. Used by the server's storage and the device store alike; failures come back
// as messages, for each side to report its own way.
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <span>
#include <unordered_map>

struct sqlite3_stmt;

namespace sohoi::storage {

class SqliteStatements {
 public:
  SqliteStatements() = default;
  ~SqliteStatements() { clear(); }
  SqliteStatements(const SqliteStatements&) = delete;
  SqliteStatements& operator=(const SqliteStatements&) = delete;

  /// Runs sql, a statement that returns no rows (or whose rows are not wanted), with values for its `?` in
  /// order; prepared on db's connection on first use. False on failure, with the reason in *error.
  /// REQUIRES: db is a connection of Qt's QSQLITE driver, the same every call (one object per connection).
  bool write(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values, QString* error);
  /// sql bound to values, its rows not yet read: step it. Null on failure, with the reason in *error. The
  /// statement is shared by every read of the same text: read its rows before running the text again.
  sqlite3_stmt* read(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values,
                     QString* error);
  /// Resets every statement still reading: an unfinished SELECT would keep its read snapshot.
  void finishAll();
  /// Finalizes every statement: before the connection closes.
  void clear();

 private:
  std::unordered_map<QString, sqlite3_stmt*> statements_;
};

/// After a step of statement failed: resets it and returns the connection's message, naming the statement.
QString stepFailure(sqlite3_stmt* statement);

}  // namespace sohoi::storage
