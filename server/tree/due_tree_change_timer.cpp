#include "due_tree_change_timer.h"

#include "due_tree_changes.h"

#include "common/server_log.h"
#include "storage/storage_error.h"

#include <utility>

namespace sohoi::server {

DueTreeChangeTimer::DueTreeChangeTimer(Database& database, Clock today, std::chrono::milliseconds interval)
    : database_(database), today_(std::move(today)) {
  applyDue();
  ticks_.emplace("sohoi-tree-due", interval, [this] { applyDue(); });
}

DueTreeChangeTimer::~DueTreeChangeTimer() = default;

void DueTreeChangeTimer::applyDue() {
  try {
    for (const TreeChange& change : applyDueTreeChanges(database_, today_())) logLine(describeTreeChange(change));
  } catch (const StorageError& failure) {
    logLine(QStringLiteral("thay đổi cây tổ chức sẽ thử lại / tree changes will be retried: %1").arg(failure.what()));
  }
}

}  // namespace sohoi::server
