#pragma once
// The org tree, loaded once per change rather than once per push. Every load of the tree bumps
// meta.tree_version (OrgUnitRepository::upsert), so a tree loaded by sohoi-admin in another process is
// picked up at the next call. Thread-safe.
#include "domain/org_tree.h"

#include <QString>
#include <memory>
#include <mutex>

namespace sohoi::server {

class Transaction;

class OrgTreeCache {
 public:
  /// The current tree as seen by tx (one indexed read when unchanged).
  std::shared_ptr<const OrgTree> get(Transaction& tx);

 private:
  std::mutex mutex_;
  QString version_;                     // GUARDED_BY(mutex_)
  std::shared_ptr<const OrgTree> tree_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
