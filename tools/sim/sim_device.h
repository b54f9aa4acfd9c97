#pragma once
// One simulated device: its own store file, enrolled over gRPC, filled offline, then synced. Each step
// opens the store on the calling thread and closes it before returning (LocalStore's thread contract).
#include "common/status.h"
#include "sync/sync_summary.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace grpc {
class Channel;
}

namespace sohoi::tools::sim {

class CpuTurns;

/// Where a run holds a device. ready(): once its store is open, just before its sync starts, so that the
/// caller can start every device together. finished() (optional): once its sync is over, before its store
/// closes; closing checkpoints SQLite's log, which a tablet does not do after a sync, and on the
/// simulator's one core it would be counted in the other devices' syncs.
/// turns (optional): the simulator's CPU turns, which the device takes for its own work between its
/// calls to the server.
struct DeviceHolds {
  std::function<void()> ready;
  std::function<void()> finished;
  CpuTurns* turns = nullptr;
};

struct SimDevice {
  QString storePath;
  QString unitId;
  QString code;          // the enrolment code issued for it
  quint64 seed = 0;
  // After sync():
  client::SyncSummary summary;
  int acknowledged = 0;  // outbox entries the server accepted (or merged, or kept as conflict)
  int rejected = 0;
  int pending = 0;
  int saved = 0;         // versions saved on the device
  qint64 firstSyncMs = 0;  // after firstSync(): enrolment and the initial download together
  // After firstSync() and sync(): the same latency less the time the device waited for a CPU turn, as a
  // tablet with a core of its own would have seen it.
  qint64 firstOwnCoreMs = 0;
  qint64 ownCoreMs = 0;
  // After firstSync() and sync(): the device's thread's CPU over the sync (its store, its messages, and the
  // gRPC work its thread did while it waited) plus the server's own time for its calls, as the server told
  // it (wire/server_timing.h); nullopt when the server did not tell. What a tablet with a core of its own
  // would wait on a network without delay: none of the simulator's queue for its shared core is in it.
  std::optional<qint64> firstCpuAndServerMs;
  std::optional<qint64> cpuAndServerMs;
  client::SyncSummary firstSummary;  // after firstSync(): its sync run (the download)
  client::Status status;

  /// Enrols with code, downloads the org tree, and saves `records` records (and, with edits, a tenth as
  /// many corrections) offline.
  client::Status prepare(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress, int records, bool edits);
  /// A device's first sync: enrols with code and downloads the org tree, plan and baselines (one sync run).
  /// firstSyncMs is measured from when ready() returns.
  client::Status firstSync(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress,
                           const DeviceHolds& holds);
  /// Saves `records` new records (and, with edits, a tenth as many corrections) offline on an enrolled device.
  client::Status saveRecords(int records, bool edits);
  /// One sync run (push, then pull); fills the figures above. summary.elapsedMs is this device's own sync
  /// latency, from when ready() returns.
  client::Status sync(const std::shared_ptr<grpc::Channel>& channel, const DeviceHolds& holds);
};

}  // namespace sohoi::tools::sim
