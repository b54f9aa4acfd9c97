#include "sync_health.h"

#include "clock/plausible_time.h"

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <tuple>

namespace sohoi {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

}  // namespace

int silentAfterDaysOr(int days) {
  if (days == 0) return kDefaultSilentAfterDays;
  return std::clamp(days, kMinSilentAfterDays, kMaxSilentAfterDays);
}

bool hasWrongClock(const DeviceSyncState& device) {
  return device.lastSyncAt != 0 && std::llabs(device.clockOffsetMs) > kPlausibleLeadMs;
}

qint64 lastSyncOf(const BranchSyncHealth& branch) {
  qint64 last = 0;
  for (const DeviceSyncState& device : branch.devices) last = std::max(last, device.lastSyncAt);
  return last;
}

quint32 pendingOf(const BranchSyncHealth& branch) {
  quint32 total = 0;
  for (const DeviceSyncState& device : branch.devices) total += device.pendingCount;
  return total;
}

bool anyWrongClock(const BranchSyncHealth& branch) {
  return std::any_of(branch.devices.begin(), branch.devices.end(), hasWrongClock);
}

std::optional<int> daysSilent(qint64 lastSyncAt, qint64 nowMs) {
  if (lastSyncAt == 0) return std::nullopt;
  // A sync stamped after "now" (the app judging with a clock behind the server's) counts as today.
  return static_cast<int>(std::max<qint64>(0, nowMs - lastSyncAt) / kDayMs);
}

bool isSilent(qint64 lastSyncAt, qint64 nowMs, int silentAfterDays) {
  const std::optional<int> days = daysSilent(lastSyncAt, nowMs);
  return !days || *days > silentAfterDays;
}

void sortWorstFirst(std::vector<BranchSyncHealth>& branches, qint64 nowMs) {
  // Whole days, not milliseconds: among branches silent as many days, the one with more waiting is worse.
  const auto rank = [nowMs](const BranchSyncHealth& branch) {
    const qint64 last = lastSyncOf(branch);
    const int days = daysSilent(last, nowMs).value_or(std::numeric_limits<int>::max());
    return std::make_tuple(-days, -static_cast<qint64>(pendingOf(branch)), last);
  };
  std::stable_sort(branches.begin(), branches.end(), [&](const BranchSyncHealth& a, const BranchSyncHealth& b) {
    const auto left = rank(a);
    const auto right = rank(b);
    if (left != right) return left < right;
    return std::tie(a.districtName, a.communeName, a.name) < std::tie(b.districtName, b.communeName, b.name);
  });
}

}  // namespace sohoi
