#pragma once
// SQLite statements with many values run through SQLite's own API, on the connection Qt's driver opened.
// Qt's QSQLITE driver binds each value of a prepared statement through a lookup by a name it formats (":0",
// ":1", …): a daily push's multi-row inserts carry some 500 values, and that bookkeeping cost a sixth of
// the server's CPU in a fleet's daily burst. Here each value is bound by its position. The statements live
// beside Qt's on the same connection (Qt's driver uses the system's SQLite, so the handle is shared), and
// are finalized before it closes.
#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <span>
#include <unordered_map>

struct sqlite3_stmt;

namespace sohoi::server {

class SqliteNativeStatements {
 public:
  SqliteNativeStatements() = default;
  ~SqliteNativeStatements() { clear(); }
  SqliteNativeStatements(const SqliteNativeStatements&) = delete;
  SqliteNativeStatements& operator=(const SqliteNativeStatements&) = delete;

  /// Runs sql, a statement that returns no rows, with values for its `?` in order; prepared on db's
  /// connection on first use. Throws StorageError on failure. REQUIRES: db is a connection of Qt's QSQLITE
  /// driver, the same every call (one object per connection).
  void write(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values);
  /// sql bound to values, its rows not yet read: step it (ReadRows does). Throws as write() does. The
  /// statement is shared by every read of the same text: read its rows before running the text again.
  sqlite3_stmt* read(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values);
  /// Resets every statement still reading: an unfinished SELECT would keep its read snapshot.
  void finishAll();
  /// Finalizes every statement: before the connection closes.
  void clear();

 private:
  std::unordered_map<QString, sqlite3_stmt*> statements_;
};

/// After a step of statement failed: resets it and throws StorageError with the connection's message.
[[noreturn]] void throwStepFailure(sqlite3_stmt* statement);

}  // namespace sohoi::server
