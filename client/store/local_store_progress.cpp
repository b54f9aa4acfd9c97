// LocalStore: the last progress answer per unit and reading day, kept so the workspace's dashboard can
// show figures offline. Only the newest answer matters, so a new one replaces the old.
#include "local_store.h"
#include "sql_support.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::client {

namespace {
// The keys may be empty (the caller's own unit; today): bound as '', since a null QString binds as NULL.
QString key(const QString& text) { return text.isNull() ? QStringLiteral("") : text; }
}  // namespace

Status LocalStore::keepProgressAnswer(const QString& unitId, const QString& asOf, const KeptProgressAnswer& answer) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query,
                QStringLiteral("INSERT INTO progress_answers (unit_id, as_of, answer, fetched_at) VALUES (?, ?, ?, ?) "
                               "ON CONFLICT (unit_id, as_of) DO UPDATE SET answer = excluded.answer, "
                               "fetched_at = excluded.fetched_at"),
                {key(unitId), key(asOf), answer.answer, answer.fetchedAtMs}))
    return sql::error(query.lastError(), QStringLiteral("keep progress"));
  return Status::ok();
}

std::optional<KeptProgressAnswer> LocalStore::keptProgressAnswer(const QString& unitId, const QString& asOf) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("SELECT answer, fetched_at FROM progress_answers WHERE unit_id = ? AND as_of = ?"),
                {key(unitId), key(asOf)}) ||
      !query.next())
    return std::nullopt;
  return KeptProgressAnswer{query.value(0).toByteArray(), query.value(1).toLongLong()};
}

}  // namespace sohoi::client
