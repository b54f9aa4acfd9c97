#pragma once
// Sync health (tình trạng đồng bộ: which branches and devices have not synced lately), as pure rules over
// what the server records at each sync. The server judges with them when it answers GetSyncHealth; the
// app judges again with them offline, when a person changes "silent after N days" or time has passed.
#include <QString>
#include <optional>
#include <vector>

namespace sohoi {

/// What the server knows of one device's syncing.
struct DeviceSyncState {
  QString deviceId;
  QString personName;
  QString appVersion;      // as the app last said; empty before its first sync
  qint64 lastSyncAt = 0;   // ms since the Unix epoch, server time; 0: never synced
  quint32 pendingCount = 0;  // records waiting on the device (not yet on the server) at its last sync
  qint64 clockOffsetMs = 0;  // server time minus device time at its last sync
};

/// One branch (chi hội) and the devices working there.
struct BranchSyncHealth {
  QString unitId;
  QString name;
  QString communeName;   // cơ sở Hội the branch belongs to
  QString districtName;  // Hội LHPN huyện the commune belongs to
  std::vector<DeviceSyncState> devices;
};

inline constexpr int kDefaultSilentAfterDays = 7;
inline constexpr int kMinSilentAfterDays = 1;
inline constexpr int kMaxSilentAfterDays = 365;

/// The answer to "which branches have not synced lately", worst first.
struct SyncHealthReport {
  qint64 nowMs = 0;  // the server's time the report was made at: what days silent count up to
  int silentAfterDays = kDefaultSilentAfterDays;
  std::vector<BranchSyncHealth> branches;
};

/// days within [kMinSilentAfterDays, kMaxSilentAfterDays]; 0 (unset) gives the default.
int silentAfterDaysOr(int days);
/// A device clock further from the server's than a plausible stamp may lead (shared/clock/plausible_time.h).
bool hasWrongClock(const DeviceSyncState& device);

/// The newest sync of any of the branch's devices; 0 when none ever synced.
qint64 lastSyncOf(const BranchSyncHealth& branch);
/// Records waiting on all the branch's devices together.
quint32 pendingOf(const BranchSyncHealth& branch);
bool anyWrongClock(const BranchSyncHealth& branch);
/// Whole days since lastSyncAt at nowMs (never negative); nullopt when it never synced.
std::optional<int> daysSilent(qint64 lastSyncAt, qint64 nowMs);
/// Silent: never synced, or no sync for more than silentAfterDays whole days.
bool isSilent(qint64 lastSyncAt, qint64 nowMs, int silentAfterDays);

/// Worst first at nowMs: branches that never synced, then the most whole days silent, then the most records
/// waiting, then the older last sync; ties by district, commune and branch name so the order is stable.
void sortWorstFirst(std::vector<BranchSyncHealth>& branches, qint64 nowMs);

}  // namespace sohoi
