#include "statement_cache.h"

namespace sohoi::client::sql {

StatementCache::Entry* StatementCache::entryFor(const QString& statement) {
  if (const auto found = entries_.find(statement); found != entries_.end()) return &found->second;
  if (entries_.size() >= kCapacity) return nullptr;
  QSqlQuery query(db_);
  query.setForwardOnly(true);
  if (!query.prepare(statement)) return nullptr;
  return &entries_.emplace(statement, Entry{std::move(query)}).first->second;
}

bool CachedQuery::prepare(const QString& statement) {
  release();
  StatementCache::Entry* entry = cache_.entryFor(statement);
  if (!entry || entry->inUse) {
    own_.emplace(cache_.database());
    own_->setForwardOnly(true);
    return own_->prepare(statement);
  }
  entry->inUse = true;
  held_ = entry;
  return true;
}

void CachedQuery::release() {
  own_.reset();
  if (!held_) return;
  held_->query.finish();
  held_->inUse = false;
  held_ = nullptr;
}

}  // namespace sohoi::client::sql
