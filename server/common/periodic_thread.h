#pragma once
// A thread that runs a task every interval until it is destroyed: the server's background timers
// (scheduled tree changes, the health probe). Destruction wakes it at once instead of at the end of the
// interval, and waits for a task in progress to finish.
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sohoi::server {

class PeriodicThread {
 public:
  /// Starts the thread, named name (thread_name.h; REQUIRES: a string literal, or anything else that lives
  /// as long as the thread); it calls task after each interval (the first one included), never two at once.
  PeriodicThread(const char* name, std::chrono::milliseconds interval, std::function<void()> task);
  ~PeriodicThread();
  PeriodicThread(const PeriodicThread&) = delete;
  PeriodicThread& operator=(const PeriodicThread&) = delete;

 private:
  void run();

  const std::chrono::milliseconds interval_;
  const std::function<void()> task_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;  // GUARDED_BY(mutex_)
  std::thread thread_;     // last: starts once the members above exist
};

}  // namespace sohoi::server
