#include "sync_health_sample.h"

namespace sohoi::app::test {

namespace {

DeviceSyncState device(const char* person, qint64 daysAgo, quint32 pending, qint64 offsetMs = 0) {
  return {QStringLiteral("0190c0de-0000-7000-8000-00000000000%1").arg(daysAgo), QString::fromUtf8(person),
          QStringLiteral("1.4.%1").arg(daysAgo), kSampleNowMs - daysAgo * kDayMs, pending, offsetMs};
}

BranchSyncHealth branch(int n, std::vector<DeviceSyncState> devices) {
  return {QStringLiteral("05449-%1").arg(n), QStringLiteral("Chi hội %1").arg(n),
          QStringLiteral("Phường Phan Đình Phùng"), QStringLiteral("Thành phố Thái Nguyên"), std::move(devices)};
}

}  // namespace

client::SyncHealth sampleSyncHealth() {
  return {kSampleNowMs,
          kDefaultSilentAfterDays,
          {branch(1, {device("Nguyễn Thị Hạnh", 1, 2)}), branch(2, {device("Lê Thị Mai", 10, 5, 3 * kDayMs)}),
           branch(3, {}), branch(4, {device("Trần Thị Thu", 3, 0), device("Phạm Thị Hoa", 4, 0)})}};
}

}  // namespace sohoi::app::test
