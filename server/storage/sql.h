#pragma once
// Small helpers so repositories read as SQL plus bound values: every failure becomes a StorageError.
#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <initializer_list>

namespace sohoi::server {
class Transaction;
}

namespace sohoi::server::sql {

/// Prepares sql on db; throws StorageError when it does not compile.
QSqlQuery prepare(const QSqlDatabase& db, const QString& sql);
/// Binds values positionally (the `?` placeholders, in order) and executes; throws on failure.
void exec(QSqlQuery& query, std::initializer_list<QVariant> values = {});
/// Prepares, binds and executes in one go. Without values on PostgreSQL: executed unprepared (so DDL and
/// transaction control run there too).
QSqlQuery run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
/// Runs a statement without values that PostgreSQL cannot prepare (SAVEPOINT and the like): unprepared
/// there, prepared once per connection on SQLite.
void control(Transaction& tx, const QString& sql);
/// True on a PostgreSQL connection.
bool isPostgres(const QSqlDatabase& db);
/// Runs tx's prepared statement for sql (prepared once per connection, see StatementCache), for what runs
/// per row or per call. The query is shared: read its rows before running the same sql again.
QSqlQuery& runCached(Transaction& tx, const QString& sql, std::initializer_list<QVariant> values = {});
/// A NULL of text type, for optional text columns.
QVariant nullText();
/// The text, never NULL (Qt binds a null QString as NULL): for NOT NULL text columns that may be empty.
QString text(const QString& value);
/// Text or NULL when empty.
QVariant textOrNull(const QString& text);
/// An ISO date (yyyy-MM-dd, which sorts as dates do) or NULL when invalid.
QVariant dateOrNull(const QDate& date);
/// The next id of a table with a BIGINT id: one more than the largest. REQUIRES: a write transaction (the
/// id is taken under the writer lock, so two writers never collide); table is a name from our own code.
qint64 nextId(const QSqlDatabase& db, const QString& table);

}  // namespace sohoi::server::sql
