#include "statement_cache.h"

#include "sql.h"

namespace sohoi::server {

QSqlQuery& StatementCache::get(const QString& sql) {
  auto found = statements_.find(sql);
  if (found != statements_.end()) return found->second;
  QSqlQuery query = sql::prepare(db_, sql);  // throws before anything is stored
  return statements_.emplace(sql, std::move(query)).first->second;
}

void StatementCache::finishAll() {
  for (auto& [sql, query] : statements_)
    if (query.isActive()) query.finish();
  sqlite_.finishAll();
}

}  // namespace sohoi::server
