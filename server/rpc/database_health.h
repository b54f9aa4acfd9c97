#pragma once
// Keeps gRPC's standard health service (grpc.health.v1.Health, what load balancers and grpc_health_probe
// ask) in step with the database: SERVING while a cheap query on it succeeds, NOT_SERVING while it fails,
// so a balancer stops sending devices to a process whose database it cannot reach and sends them back
// once the database answers again.
#include "common/periodic_thread.h"
#include "storage/database_spec.h"

#include <chrono>
#include <optional>

namespace grpc {
class HealthCheckServiceInterface;
}

namespace sohoi::server {

class DatabaseHealth {
 public:
  /// Starts probing spec's database every interval, on a thread and a connection of its own (not one the
  /// calls use: a probe must not wait behind them, nor they behind it). Until the first probe the status
  /// stays as gRPC starts it, SERVING: the database has just been opened. REQUIRES: health outlives this.
  DatabaseHealth(DatabaseSpec spec, grpc::HealthCheckServiceInterface& health,
                 std::chrono::milliseconds interval);
  /// Stops probing and waits for the thread; the status stays as it was last set.
  ~DatabaseHealth();
  DatabaseHealth(const DatabaseHealth&) = delete;
  DatabaseHealth& operator=(const DatabaseHealth&) = delete;

 private:
  void check();
  /// One probe: true when the database answered. Opens the connection when it has none (the first time,
  /// or after a failure: a connection the database dropped never works again).
  bool probe();

  const DatabaseSpec spec_;
  grpc::HealthCheckServiceInterface& health_;
  const QString connectionName_;
  std::optional<bool> reported_;         // the status last set; only the probe thread touches it
  std::optional<PeriodicThread> probes_;  // started once the members above exist, stopped before they go
};

}  // namespace sohoi::server
