// LocalStore: form drafts. Values are kept as JSON of what was typed, so a half-typed number or date comes
// back exactly as the user left it.
#include "local_store.h"
#include "sql_support.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace sohoi::client {

namespace {

Draft draftFromRow(const QSqlQuery& query) {
  Draft draft;
  draft.key = query.value(0).toString();
  draft.kind = query.value(1).toString();
  draft.recordId = query.value(2).toString();
  draft.values = QJsonDocument::fromJson(query.value(3).toByteArray()).object().toVariantMap();
  draft.updatedAt = query.value(4).toLongLong();
  return draft;
}

const char* const kDraftColumns = "SELECT draft_key, kind, record_id, fields, updated_at FROM drafts ";

}  // namespace

Status LocalStore::saveDraft(const Draft& draft) {
  sql::CachedQuery query(statements_);
  const QByteArray json = QJsonDocument(QJsonObject::fromVariantMap(draft.values)).toJson(QJsonDocument::Compact);
  const qint64 now = draft.updatedAt ? draft.updatedAt : QDateTime::currentMSecsSinceEpoch();
  if (!sql::run(query,
                QStringLiteral("INSERT INTO drafts (draft_key, kind, record_id, fields, updated_at) "
                               "VALUES (?, ?, ?, ?, ?) ON CONFLICT (draft_key) DO UPDATE SET "
                               "kind = excluded.kind, record_id = excluded.record_id, fields = excluded.fields, "
                               "updated_at = excluded.updated_at"),
                {draft.key, draft.kind, draft.recordId, QString::fromUtf8(json), now}))
    return sql::error(query.lastError(), QStringLiteral("save draft"));
  return Status::ok();
}

std::optional<Draft> LocalStore::draft(const QString& key) const {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QLatin1String(kDraftColumns) + QStringLiteral("WHERE draft_key = ?"), {key}) || !query.next())
    return std::nullopt;
  return draftFromRow(query);
}

Status LocalStore::deleteDraft(const QString& key) {
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QStringLiteral("DELETE FROM drafts WHERE draft_key = ?"), {key}))
    return sql::error(query.lastError(), QStringLiteral("delete draft"));
  return Status::ok();
}

std::vector<Draft> LocalStore::drafts() const {
  std::vector<Draft> drafts;
  sql::CachedQuery query(statements_);
  if (!sql::run(query, QLatin1String(kDraftColumns) + QStringLiteral("ORDER BY updated_at DESC"))) return drafts;
  while (query.next()) drafts.push_back(draftFromRow(query));
  return drafts;
}

}  // namespace sohoi::client
