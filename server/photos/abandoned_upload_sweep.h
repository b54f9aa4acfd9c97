#pragma once
// Gives up photo uploads no device has continued for PhotoIntake::kAbandonedAfterMs, every interval, so
// the parts of a lost tablet's half-sent photo do not stay in the database for ever. Thread-safe.
#include "common/periodic_thread.h"

#include <chrono>
#include <optional>

namespace sohoi::server {

class Database;

class AbandonedUploadSweep {
 public:
  /// Starts a thread that sweeps after every interval until destruction. REQUIRES: database outlives this.
  AbandonedUploadSweep(Database& database, std::chrono::milliseconds interval);

 private:
  void sweep();  // logs what it dropped on stderr; storage trouble is logged and tried again next time

  Database& database_;
  std::optional<PeriodicThread> ticks_;  // last: stopped before the members above go
};

}  // namespace sohoi::server
