#pragma once
// Prepared statements kept per connection. Parsing and planning a statement costs more than running it,
// and a push runs the same few statements for every row of every batch, so each is prepared once per
// connection and then only bound and run.
#include "pg_native_statements.h"
#include "storage/sqlite_statements.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <unordered_map>

namespace sohoi::server {

class StatementCache {
 public:
  explicit StatementCache(QSqlDatabase db) : db_(std::move(db)) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  const QSqlDatabase& connection() const { return db_; }
  /// The statement for sql, prepared on first use; throws StorageError when it does not compile. The
  /// reference stays valid until clear(); it is shared by every user of the same text on this connection,
  /// so read its rows before running the same text again.
  QSqlQuery& get(const QString& sql);
  /// Resets every statement: an unfinished SELECT would otherwise keep its read snapshot past the
  /// transaction (SQLite) or block COMMIT.
  void finishAll();
  /// The connection's statements run through libpq (PostgreSQL only, see PgNativeStatements).
  PgNativeStatements& postgres() { return postgres_; }
  /// The connection's statements run through SQLite's API (SQLite only, see storage::SqliteStatements).
  storage::SqliteStatements& sqlite() { return sqlite_; }
  /// Drops every statement: before the connection is removed.
  void clear() {
    statements_.clear();
    postgres_.clear();
    sqlite_.clear();
  }

 private:
  QSqlDatabase db_;
  std::unordered_map<QString, QSqlQuery> statements_;  // node-based: references survive inserts
  PgNativeStatements postgres_;
  storage::SqliteStatements sqlite_;  // declared after db_: finalized before the connection closes
};

}  // namespace sohoi::server
