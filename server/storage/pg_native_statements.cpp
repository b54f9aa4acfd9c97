#include "pg_native_statements.h"

#include "storage_error.h"

#include <QSqlDriver>
#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <vector>

// As Qt's driver declares it, so that the handle it lends out can be recognised.
Q_DECLARE_OPAQUE_POINTER(PGconn*)
Q_DECLARE_METATYPE(PGconn*)

namespace sohoi::server {

namespace {

using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;

PGconn* connectionOf(const QSqlDatabase& db) {
  const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
  if (handle.metaType() != QMetaType::fromType<PGconn*>()) return nullptr;
  return *static_cast<PGconn* const*>(handle.constData());
}

// Qt's `?` placeholders as PostgreSQL's $1, $2, … (none of these statements quotes a question mark).
QByteArray numbered(const QString& sql) {
  QByteArray text;
  text.reserve(sql.size() * 2);
  int next = 1;
  for (const QChar c : sql) {
    if (c == QLatin1Char('?'))
      text += '$' + QByteArray::number(next++);
    else
      text += c.toLatin1();
  }
  return text;
}

StorageError failure(PGconn* conn, const PGresult* result, const QString& sql) {
  const char* message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
  return StorageError(QStringLiteral("SQL failed: %1 (%2)").arg(QString::fromUtf8(message).trimmed(), sql));
}

// A value as libpq's text format: integers in decimal, text in UTF-8; nullopt for NULL, which a null
// QString is too (as Qt binds it: sql::text() is there for NOT NULL columns).
std::optional<QByteArray> textOf(const QVariant& value) {
  if (value.isNull()) return std::nullopt;
  switch (value.typeId()) {
    case QMetaType::QString: {
      const QString text = value.toString();
      if (text.isNull()) return std::nullopt;
      return text.toUtf8();
    }
    case QMetaType::Int:
    case QMetaType::LongLong: return QByteArray::number(value.toLongLong());
    case QMetaType::UInt:
    case QMetaType::ULongLong: return QByteArray::number(value.toULongLong());
    default: throw StorageError(QStringLiteral("SQL failed: a value of type %1 cannot be sent").arg(value.typeName()));
  }
}

}  // namespace

void PgNativeStatements::run(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values) {
  PGconn* conn = connectionOf(db);
  if (!conn) throw StorageError(QStringLiteral("SQL failed: no PostgreSQL connection (%1)").arg(sql));
  // A forward-only Qt query may have left rows unread on the connection; Qt's own next statement would
  // drop them too, and libpq takes no new command until they are gone.
  while (PGresult* left = PQgetResult(conn)) PQclear(left);

  auto name = names_.find(sql);
  if (name == names_.end()) {
    const QByteArray id = "sohoi_w" + QByteArray::number(static_cast<qulonglong>(names_.size() + 1));
    const Result prepared(PQprepare(conn, id.constData(), numbered(sql).constData(), 0, nullptr), &PQclear);
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) throw failure(conn, prepared.get(), sql);
    name = names_.emplace(sql, id).first;
  }

  std::vector<std::optional<QByteArray>> texts;
  texts.reserve(values.size());
  std::vector<const char*> params;
  params.reserve(values.size());
  for (const QVariant& value : values) {
    texts.push_back(textOf(value));
    params.push_back(texts.back() ? texts.back()->constData() : nullptr);
  }
  const Result result(PQexecPrepared(conn, name->second.constData(), static_cast<int>(params.size()), params.data(),
                                     nullptr, nullptr, 0),
                      &PQclear);
  if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) throw failure(conn, result.get(), sql);
}

}  // namespace sohoi::server
