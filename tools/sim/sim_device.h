#pragma once
// One simulated device: its own store file, enrolled over gRPC, filled offline, then synced. Each step
// opens the store on the calling thread and closes it before returning (LocalStore's thread contract).
#include "common/status.h"
#include "sync/sync_summary.h"

#include <QString>
#include <functional>
#include <memory>

namespace grpc {
class Channel;
}

namespace sohoi::tools::sim {

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
  client::Status status;

  /// Enrols with code, downloads the org tree, and saves `records` records (and, with edits, a tenth as
  /// many corrections) offline.
  client::Status prepare(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress, int records, bool edits);
  /// A device's first sync: enrols with code and downloads the org tree, plan and baselines (one sync run).
  /// ready() as for sync(); firstSyncMs is measured from when it returns.
  client::Status firstSync(const std::shared_ptr<grpc::Channel>& channel, const QString& serverAddress,
                           const std::function<void()>& ready);
  /// Saves `records` new records (and, with edits, a tenth as many corrections) offline on an enrolled device.
  client::Status saveRecords(int records, bool edits);
  /// One sync run (push, then pull); fills the figures above. ready() is called once the store is open,
  /// just before the run starts, so the caller can hold every device there and start them together;
  /// summary.elapsedMs then is this device's own sync latency, store opening excluded.
  client::Status sync(const std::shared_ptr<grpc::Channel>& channel, const std::function<void()>& ready);
};

}  // namespace sohoi::tools::sim
