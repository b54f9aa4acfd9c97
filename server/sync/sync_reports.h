#pragma once
// What devices said of themselves when a sync completed (sync health), held in memory until the push
// writer stores them with its next group: a pull, which only reads, never waits for the write lock, and
// thousands of devices finishing at once cost one write, not thousands. Sync health reads through
// overlay(), so an answer never lags a sync that finished. A crash loses only reports not yet stored; the
// devices' next syncs say it again.
//
// Thread-safe.
#include "storage/device_repository.h"

#include <QHash>
#include <mutex>
#include <vector>

namespace sohoi::server {

class SyncReports {
 public:
  /// Keeps report as deviceId's latest (an older one not yet stored is replaced).
  void record(const QString& deviceId, const SyncReport& report);
  /// The reports not yet stored, by device.
  QHash<QString, SyncReport> unwritten() const;
  /// Forgets the reports once stored, except those a newer report has replaced meanwhile.
  void written(const QHash<QString, SyncReport>& reports);
  /// devices as they will be once every report is stored.
  void overlay(std::vector<Device>& devices) const;

 private:
  mutable std::mutex mutex_;
  QHash<QString, SyncReport> reports_;  // GUARDED_BY(mutex_)
};

}  // namespace sohoi::server
