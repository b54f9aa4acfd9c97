#pragma once
// sohoi-server's side of scheduled tree changes: applies those due when it starts, then again on every
// tick, so a move or merge dated tomorrow takes effect tomorrow without anyone running sohoi-admin.
// Running servers and progress pick the change up through the versions it bumps. Thread-safe.
#include "common/periodic_thread.h"

#include <QDate>
#include <chrono>
#include <functional>
#include <optional>

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

  Database& database_;
  Clock today_;
  std::optional<PeriodicThread> ticks_;  // started once the first applyDue() is done
};

}  // namespace sohoi::server
