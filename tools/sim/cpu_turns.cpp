#include "cpu_turns.h"

#include <QElapsedTimer>
#include <algorithm>

namespace sohoi::tools::sim {

CpuTurns::CpuTurns(int turns) : free_(std::max(1, turns)) {}

qint64 CpuTurns::acquire() {
  std::binary_semaphore mine(0);
  {
    const std::lock_guard lock(mutex_);
    if (free_ > 0 && waiting_.empty()) {
      --free_;
      return 0;
    }
    waiting_.push_back(&mine);
  }
  QElapsedTimer waited;
  waited.start();
  mine.acquire();  // released by the holder that hands its turn over
  return waited.nsecsElapsed();
}

void CpuTurns::release() {
  std::binary_semaphore* next = nullptr;
  {
    const std::lock_guard lock(mutex_);
    if (waiting_.empty()) {
      ++free_;
      return;
    }
    next = waiting_.front();
    waiting_.pop_front();
  }
  next->release();
}

int CpuTurns::waiting() const {
  const std::lock_guard lock(mutex_);
  return static_cast<int>(waiting_.size());
}

}  // namespace sohoi::tools::sim
