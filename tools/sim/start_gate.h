#pragma once
// Makes simulated devices start their sync together, as DESIGN §7's "syncing at once" means: the first
// `parties` callers block until all of them have arrived, so none gets a head start while others are
// still opening their stores. Callers after those (a device started when another finished, under
// --concurrent) pass straight through. Thread-safe.
#include <condition_variable>
#include <mutex>

namespace sohoi::tools::sim {

class StartGate {
 public:
  explicit StartGate(int parties) : waiting_(parties) {}

  /// Blocks until `parties` callers have arrived (returns at once after that).
  void arriveAndWait() {
    std::unique_lock lock(mutex_);
    if (waiting_ > 0 && --waiting_ == 0) opened_.notify_all();
    opened_.wait(lock, [this] { return waiting_ <= 0; });
  }

 private:
  std::mutex mutex_;
  std::condition_variable opened_;
  int waiting_;
};

}  // namespace sohoi::tools::sim
