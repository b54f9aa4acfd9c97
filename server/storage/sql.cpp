#include "sql.h"

#include "storage_error.h"
#include "transaction.h"

#include <QSqlError>

namespace sohoi::server::sql {

QSqlQuery prepare(const QSqlDatabase& db, const QString& text) {
  QSqlQuery query(db);
  query.setForwardOnly(true);
  if (!query.prepare(text))
    throw StorageError(QStringLiteral("SQL prepare failed: %1 (%2)").arg(query.lastError().text(), text));
  return query;
}

void exec(QSqlQuery& query, std::initializer_list<QVariant> values) {
  int index = 0;
  for (const QVariant& value : values) query.bindValue(index++, value);
  if (!query.exec())
    throw StorageError(
        QStringLiteral("SQL failed: %1 (%2)").arg(query.lastError().text(), query.lastQuery()));
}

QSqlQuery run(const QSqlDatabase& db, const QString& text, std::initializer_list<QVariant> values) {
  if (values.size() == 0 && isPostgres(db)) {
    // Qt prepares with PostgreSQL's PREPARE, which takes neither DDL nor transaction control.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(text))
      throw StorageError(QStringLiteral("SQL failed: %1 (%2)").arg(query.lastError().text(), text));
    return query;
  }
  QSqlQuery query = prepare(db, text);
  exec(query, values);
  return query;
}

void control(Transaction& tx, const QString& text) {
  if (isPostgres(tx.connection()))
    run(tx.connection(), text);
  else
    runCached(tx, text);
}

bool isPostgres(const QSqlDatabase& db) { return db.driverName() == QLatin1String("QPSQL"); }

QSqlQuery& runCached(Transaction& tx, const QString& text, std::initializer_list<QVariant> values) {
  QSqlQuery& query = tx.statement(text);
  exec(query, values);
  return query;
}

QVariant nullText() { return QVariant(QMetaType::fromType<QString>()); }

QString text(const QString& value) { return value.isNull() ? QStringLiteral("") : value; }

QVariant textOrNull(const QString& text) { return text.isEmpty() ? nullText() : QVariant(text); }

QVariant dateOrNull(const QDate& date) { return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : nullText(); }

qint64 nextId(const QSqlDatabase& db, const QString& table) {
  QSqlQuery query = run(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table));
  return query.next() ? query.value(0).toLongLong() : 1;
}

}  // namespace sohoi::server::sql
