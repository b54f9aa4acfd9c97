#include "pg_native_statements.h"

#include "storage/driver_handle.h"
#include "storage_error.h"

#include <libpq-fe.h>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

// As Qt's driver declares it, so that the handle it lends out can be recognised.
Q_DECLARE_OPAQUE_POINTER(PGconn*)
Q_DECLARE_METATYPE(PGconn*)

namespace sohoi::server {

namespace {

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

void PgNativeStatements::send(const QSqlDatabase& db, const QString& sql, std::span<const QVariant> values) {
  PGconn* conn = storage::driverHandle<PGconn*>(db);
  if (!conn) throw StorageError(QStringLiteral("SQL failed: no PostgreSQL connection (%1)").arg(sql));
  if (queued_.empty()) {
    // A forward-only Qt query may have left rows unread on the connection; Qt's own next statement would
    // drop them too, and libpq takes no new command until they are gone.
    while (PGresult* left = PQgetResult(conn)) PQclear(left);
    if (!PQenterPipelineMode(conn)) throw failure(conn, nullptr, sql);
    queueConnection_ = conn;
  }

  auto name = names_.find(sql);
  if (name == names_.end()) {
    const QByteArray id = "sohoi_w" + QByteArray::number(++preparedCount_);
    if (!PQsendPrepare(conn, id.constData(), numbered(sql).constData(), 0, nullptr))
      throw failure(conn, nullptr, sql);
    queued_.push_back({sql, true});
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
  // libpq copies the values into its output buffer here.
  if (!PQsendQueryPrepared(conn, name->second.constData(), static_cast<int>(params.size()), params.data(),
                           nullptr, nullptr, 0))
    throw failure(conn, nullptr, sql);
  queued_.push_back({sql, false});
}

std::vector<PgResult> PgNativeStatements::read(const QSqlDatabase& db, const QString& sql,
                                               std::span<const QVariant> values) {
  send(db, sql, values);
  queued_.back().returnsRows = true;
  return finish();
}

void PgNativeStatements::flush() { finish(); }

std::vector<PgResult> PgNativeStatements::finish() {
  std::vector<PgResult> rows;
  if (queued_.empty()) return rows;
  PGconn* conn = std::exchange(queueConnection_, nullptr);
  const std::vector<Queued> queued = std::exchange(queued_, {});
  const auto outOfStep = [&](const QString& sql) {
    // The connection is left in pipeline mode: Qt's next statement on it fails, and the transaction's
    // rollback then replaces the connection.
    return StorageError(QStringLiteral("SQL failed: the database's answers are out of step (%1): %2")
                            .arg(sql, QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
  };
  if (!PQpipelineSync(conn)) throw outOfStep(queued.front().sql);
  std::optional<StorageError> first;
  for (const Queued& statement : queued) {
    PgResult result(PQgetResult(conn), &PQclear);
    // Qt reads its queries in single-row mode, and libpq can carry that mode over to the first statement
    // of a pipeline: a read's rows then come one result each, ended by an empty one.
    while (statement.returnsRows && result && PQresultStatus(result.get()) == PGRES_SINGLE_TUPLE) {
      rows.push_back(std::move(result));
      result.reset(PQgetResult(conn));
    }
    if (!result) throw outOfStep(statement.sql);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != (statement.returnsRows ? PGRES_TUPLES_OK : PGRES_COMMAND_OK)) {
      if (statement.prepares) names_.erase(statement.sql);  // prepared again on its next use
      if (!first) first = failure(conn, result.get(), statement.sql);
    } else if (statement.returnsRows) {
      rows.push_back(std::move(result));
    }
    if (PGresult* extra = PQgetResult(conn)) {  // each statement's answer ends with a null result
      PQclear(extra);
      throw outOfStep(statement.sql);
    }
  }
  const PgResult sync(PQgetResult(conn), &PQclear);
  if (PQresultStatus(sync.get()) != PGRES_PIPELINE_SYNC || !PQexitPipelineMode(conn))
    throw outOfStep(queued.back().sql);
  if (first) throw *first;
  return rows;
}

void PgNativeStatements::discard() noexcept {
  try {
    flush();
  } catch (const StorageError&) {
    // The way out failed already; the rollback that follows reports on the connection.
  }
}

void PgNativeStatements::clear() {
  names_.clear();
  queued_.clear();
  queueConnection_ = nullptr;
}

}  // namespace sohoi::server
