#include "org_tree_cache.h"

#include "storage/org_unit_repository.h"

namespace sohoi::server {

std::shared_ptr<const OrgTree> OrgTreeCache::get(Transaction& tx) {
  const QString version = OrgUnitRepository(tx).treeVersion();
  {
    std::lock_guard lock(mutex_);
    if (tree_ && version == version_) return tree_;
  }
  auto tree = std::make_shared<const OrgTree>(OrgUnitRepository(tx).tree());
  std::lock_guard lock(mutex_);
  version_ = version;
  tree_ = tree;
  return tree;
}

}  // namespace sohoi::server
