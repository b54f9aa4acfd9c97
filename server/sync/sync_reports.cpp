#include "sync_reports.h"

namespace sohoi::server {

void SyncReports::record(const QString& deviceId, const SyncReport& report) {
  std::lock_guard lock(mutex_);
  reports_.insert(deviceId, report);
}

QHash<QString, SyncReport> SyncReports::unwritten() const {
  std::lock_guard lock(mutex_);
  return reports_;
}

void SyncReports::written(const QHash<QString, SyncReport>& reports) {
  std::lock_guard lock(mutex_);
  for (auto it = reports.begin(); it != reports.end(); ++it) {
    const auto current = reports_.constFind(it.key());
    // Reports of one device only grow in time: the same time means the same report.
    if (current != reports_.cend() && current->at == it->at) reports_.remove(it.key());
  }
}

void SyncReports::overlay(std::vector<Device>& devices) const {
  std::lock_guard lock(mutex_);
  for (Device& device : devices) {
    const auto report = reports_.constFind(device.id);
    if (report == reports_.cend()) continue;
    device.lastSyncAt = report->at;
    device.lastSeenAt = std::max(device.lastSeenAt, report->at);
    device.appVersion = report->appVersion;
    device.pendingCount = report->pendingCount;
    if (report->clockOffsetMs) device.clockOffsetMs = *report->clockOffsetMs;
  }
}

}  // namespace sohoi::server
