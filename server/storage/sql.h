#pragma once
// Small helpers so repositories read as SQL plus bound values: every failure becomes a StorageError.
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
/// Prepares, binds and executes in one go.
QSqlQuery run(const QSqlDatabase& db, const QString& sql, std::initializer_list<QVariant> values = {});
/// Runs tx's prepared statement for sql (prepared once per connection, see StatementCache), for what runs
/// per row or per call. The query is shared: read its rows before running the same sql again.
QSqlQuery& runCached(Transaction& tx, const QString& sql, std::initializer_list<QVariant> values = {});
/// A NULL of text type, for optional text columns.
QVariant nullText();
/// The text, never NULL (Qt binds a null QString as NULL): for NOT NULL text columns that may be empty.
QString text(const QString& value);
/// Text or NULL when empty.
QVariant textOrNull(const QString& text);

}  // namespace sohoi::server::sql
