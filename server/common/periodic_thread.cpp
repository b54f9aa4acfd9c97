#include "periodic_thread.h"

#include "thread_name.h"

#include <utility>

namespace sohoi::server {

PeriodicThread::PeriodicThread(const char* name, std::chrono::milliseconds interval,
                               std::function<void()> task)
    : interval_(interval), task_(std::move(task)), thread_([this, name] {
        nameThisThread(name);
        run();
      }) {}

PeriodicThread::~PeriodicThread() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

void PeriodicThread::run() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
    lock.unlock();
    task_();
    lock.lock();
  }
}

}  // namespace sohoi::server
