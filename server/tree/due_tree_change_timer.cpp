#include "due_tree_change_timer.h"

#include "due_tree_changes.h"

#include "storage/storage_error.h"

#include <cstdio>
#include <utility>

namespace sohoi::server {

namespace {

void log(const QString& line) {
  std::fprintf(stderr, "sohoi-server: %s\n", line.toUtf8().constData());
  std::fflush(stderr);
}

}  // namespace

DueTreeChangeTimer::DueTreeChangeTimer(Database& database, Clock today, std::chrono::milliseconds interval)
    : database_(database), today_(std::move(today)), interval_(interval) {
  applyDue();
  thread_ = std::thread([this] { run(); });
}

DueTreeChangeTimer::~DueTreeChangeTimer() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void DueTreeChangeTimer::applyDue() {
  try {
    for (const TreeChange& change : applyDueTreeChanges(database_, today_())) log(describeTreeChange(change));
  } catch (const StorageError& failure) {
    log(QStringLiteral("thay đổi cây tổ chức sẽ thử lại / tree changes will be retried: %1").arg(failure.what()));
  }
}

void DueTreeChangeTimer::run() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
    lock.unlock();
    applyDue();
    lock.lock();
  }
}

}  // namespace sohoi::server
