// The rules for which branches are silent and in which order staff see them (shared/health/sync_health.h).
#include "health/sync_health.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace sohoi;

namespace {

constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr qint64 kNow = 1'620'000'000'000;  // May 2021

BranchSyncHealth branch(const QString& name, std::vector<DeviceSyncState> devices) {
  return {name, name, QStringLiteral("Xã A"), QStringLiteral("Huyện A"), std::move(devices)};
}

DeviceSyncState synced(qint64 at, quint32 pending = 0, qint64 offset = 0) {
  return {QStringLiteral("d"), QStringLiteral("Chị Test"), QStringLiteral("1.0"), at, pending, offset};
}

QStringList namesOf(const std::vector<BranchSyncHealth>& branches) {
  QStringList names;
  for (const BranchSyncHealth& b : branches) names << b.name;
  return names;
}

}  // namespace

TEST_CASE("a branch is silent once more than N whole days passed since its last sync") {
  CHECK_FALSE(isSilent(kNow - 7 * kDay, kNow, 7));
  CHECK(isSilent(kNow - 8 * kDay, kNow, 7));
  CHECK(isSilent(kNow - 2 * kDay, kNow, 1));
  CHECK(daysSilent(kNow - 8 * kDay + 1, kNow) == 7);
}

TEST_CASE("a branch that never synced is silent whatever N is") {
  CHECK_FALSE(daysSilent(0, kNow));
  CHECK(isSilent(0, kNow, kMaxSilentAfterDays));
}

TEST_CASE("a sync stamped after the judge's clock counts as today, not as negative days") {
  CHECK(daysSilent(kNow + kDay, kNow) == 0);
}

TEST_CASE("silent-after days are bounded, and unset means a week") {
  CHECK(silentAfterDaysOr(0) == kDefaultSilentAfterDays);
  CHECK(silentAfterDaysOr(-3) == kMinSilentAfterDays);
  CHECK(silentAfterDaysOr(10'000) == kMaxSilentAfterDays);
  CHECK(silentAfterDaysOr(30) == 30);
}

TEST_CASE("a branch's last sync is its most recent device's, and its waiting records add up") {
  const BranchSyncHealth b = branch(QStringLiteral("Xóm 1"), {synced(kNow - 9 * kDay, 4), synced(kNow - kDay, 3),
                                                               DeviceSyncState{}});
  CHECK(lastSyncOf(b) == kNow - kDay);
  CHECK(pendingOf(b) == 7);
  CHECK(lastSyncOf(branch(QStringLiteral("Xóm 2"), {})) == 0);
}

TEST_CASE("a device whose clock is more than a day off the server's is flagged") {
  CHECK_FALSE(hasWrongClock(synced(kNow, 0, 23 * 60 * 60 * 1000)));
  CHECK(hasWrongClock(synced(kNow, 0, 2 * kDay)));
  CHECK(hasWrongClock(synced(kNow, 0, -2 * kDay)));
  CHECK(anyWrongClock(branch(QStringLiteral("Xóm 1"), {synced(kNow), synced(kNow, 0, -3 * kDay)})));
  CHECK_FALSE(hasWrongClock(DeviceSyncState{}));  // never synced: nothing measured yet
}

TEST_CASE("branches come worst first: never synced, longest silent, then most waiting") {
  std::vector<BranchSyncHealth> branches{
      branch(QStringLiteral("recent"), {synced(kNow - kDay, 0)}),
      branch(QStringLiteral("recent, waiting"), {synced(kNow - kDay - 1000, 12)}),
      branch(QStringLiteral("no device"), {}),
      branch(QStringLiteral("ten days"), {synced(kNow - 10 * kDay, 1)}),
      branch(QStringLiteral("never, waiting"), {DeviceSyncState{QStringLiteral("d"), {}, {}, 0, 5, 0}}),
      branch(QStringLiteral("thirty days"), {synced(kNow - 30 * kDay, 0)}),
  };
  sortWorstFirst(branches, kNow);
  CHECK(namesOf(branches) == QStringList{QStringLiteral("never, waiting"), QStringLiteral("no device"),
                                         QStringLiteral("thirty days"), QStringLiteral("ten days"),
                                         QStringLiteral("recent, waiting"), QStringLiteral("recent")});
}

TEST_CASE("branches equally healthy keep a stable order by district, commune and name") {
  std::vector<BranchSyncHealth> branches{branch(QStringLiteral("Xóm 2"), {}), branch(QStringLiteral("Xóm 1"), {})};
  branches[0].districtName = QStringLiteral("Huyện A");
  branches[1].districtName = QStringLiteral("Huyện B");
  sortWorstFirst(branches, kNow);
  CHECK(namesOf(branches) == QStringList{QStringLiteral("Xóm 2"), QStringLiteral("Xóm 1")});
}
