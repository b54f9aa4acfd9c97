#pragma once
// sohoi-server's side of scheduled tree changes: applies those due when it starts, then again on every
// tick, so a move or merge dated tomorrow takes effect tomorrow without anyone running sohoi-admin.
// Running servers and progress pick the change up through the versions it bumps. Thread-safe.
#include <QDate>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace sohoi::server {

class Database;

class DueTreeChangeTimer {
 public:
  using Clock = std::function<QDate()>;  // the server's local date; tests pass their own

  /// Applies what is due now, on the calling thread, then starts a thread that applies what comes due
  /// every interval until destruction.
  DueTreeChangeTimer(Database& database, Clock today, std::chrono::milliseconds interval);
  ~DueTreeChangeTimer();
  DueTreeChangeTimer(const DueTreeChangeTimer&) = delete;
  DueTreeChangeTimer& operator=(const DueTreeChangeTimer&) = delete;

 private:
  void applyDue();  // logs each settled change on stderr; storage trouble is logged and retried next tick
  void run();

  Database& database_;
  Clock today_;
  std::chrono::milliseconds interval_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;  // GUARDED_BY(mutex_)
  std::thread thread_;
};

}  // namespace sohoi::server
