#pragma once
// The device store's statements, each parsed once per connection. A sync runs the same few dozen small
// statements again and again (the account, the cursor, the outbox's counts, a page's inserts); preparing
// each anew made SQLite's parser about a quarter of a first sync's CPU on the device. The writes run for
// every row of a page or batch go past Qt's binding by name, through SQLite's own API (native()).
#include "storage/sqlite_statements.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>
#include <unordered_map>

namespace sohoi::client::sql {

class CachedQuery;

/// Owned by one store, used on its connection's thread. Clear it before the connection closes.
class StatementCache {
 public:
  /// db is the store's own handle, opened later: the cache keeps no copy that would outlive the store's.
  explicit StatementCache(const QSqlDatabase& db) : db_(db) {}
  StatementCache(const StatementCache&) = delete;
  StatementCache& operator=(const StatementCache&) = delete;

  const QSqlDatabase& database() const { return db_; }
  /// The statements run through SQLite's own API on the same connection (see sql::write).
  storage::SqliteStatements& native() { return native_; }
  /// Finalizes every statement.
  void clear() {
    entries_.clear();
    native_.clear();
  }

 private:
  friend class CachedQuery;
  struct Entry {
    QSqlQuery query;
    bool inUse = false;  // a CachedQuery holds it: a second user must not execute it under the first
  };
  /// The entry of statement, prepared on first use; nullptr when it cannot be cached (the cache is full,
  /// or preparing failed: the caller prepares its own and reports the error).
  Entry* entryFor(const QString& statement);

  // A store's statements are a fixed set of a few dozen; the bound only guards against text built from
  // values, which would otherwise grow the cache without end.
  static constexpr size_t kCapacity = 128;
  const QSqlDatabase& db_;
  std::unordered_map<QString, Entry> entries_;
  storage::SqliteStatements native_;
};

/// A query on a cached statement. It uses the statement prepared once for its text, and resets it when it
/// goes out of scope or prepares another, so that a read left half-read holds no snapshot open. A statement
/// already held by another CachedQuery (a nested use) is prepared privately instead. Every statement is
/// forward-only: the store reads each row once, in order.
class CachedQuery {
 public:
  explicit CachedQuery(StatementCache& cache) : cache_(cache) {}
  ~CachedQuery() { release(); }
  CachedQuery(const CachedQuery&) = delete;
  CachedQuery& operator=(const CachedQuery&) = delete;

  /// Takes the prepared statement (see QSqlQuery::prepare): false leaves the error in the query.
  bool prepare(const QString& statement);

  // The prepared query; use only after prepare().
  operator QSqlQuery&() { return query(); }
  operator const QSqlQuery&() const { return query(); }
  bool next() { return query().next(); }
  QVariant value(int index) const { return query().value(index); }
  QSqlError lastError() const { return query().lastError(); }
  int numRowsAffected() const { return query().numRowsAffected(); }
  void finish() { query().finish(); }

 private:
  QSqlQuery& query() { return held_ ? held_->query : *own_; }
  const QSqlQuery& query() const { return held_ ? held_->query : *own_; }
  /// Resets the shared statement, or finalizes the private one.
  void release();

  StatementCache& cache_;
  StatementCache::Entry* held_ = nullptr;
  std::optional<QSqlQuery> own_;  // a statement that could not be shared
};

}  // namespace sohoi::client::sql
