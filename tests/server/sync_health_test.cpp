// Sync-health figures for simulated devices with known last-sync times and waiting counts: what a district
// officer reads (AdminActs::syncHealth, behind AdminService.GetSyncHealth) with the clock set by the test.
#include "server_fixture.h"

#include "admin_api/admin_acts.h"
#include "storage/device_repository.h"
#include "storage/transaction.h"
#include "sync/push_writer.h"
#include "sync/sync_reports.h"

#include <QStringList>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr qint64 kNow = 1'625'000'000'000;  // June 2021

struct HealthFixture : ServerFixture {
  AdminActs acts{db(), trees, enrolment, [] { return kNow; }};
  Caller district{enrolDevice(QStringLiteral("164"), QStringLiteral("Cán bộ huyện")), {}};

  // A device at unitId that finished a sync daysAgo with pending records waiting on it.
  Device synced(const QString& unitId, qint64 daysAgo, quint32 pending, qint64 clockOffsetMs = 0) {
    const Device device = enrolDevice(unitId);
    Transaction tx(db(), Transaction::Mode::Write);
    DeviceRepository(tx).recordSync(device.id, {kNow - daysAgo * kDay, QStringLiteral("1.4.0"), pending, clockOffsetMs});
    tx.commit();
    return device;
  }

  SyncHealthReport health(int silentAfterDays = 0) {
    Result<SyncHealthReport> report = acts.syncHealth(district, {}, silentAfterDays);
    REQUIRE(report.ok());
    return report.value();
  }
};

QStringList unitsOf(const SyncHealthReport& report) {
  QStringList units;
  for (const BranchSyncHealth& branch : report.branches) units << branch.unitId;
  return units;
}

const BranchSyncHealth& branch(const SyncHealthReport& report, const QString& unitId) {
  for (const BranchSyncHealth& b : report.branches)
    if (b.unitId == unitId) return b;
  FAIL("no row for " << unitId.toStdString());
  throw;
}

}  // namespace

TEST_CASE("sync health lists every branch of the district worst first, with or without devices") {
  HealthFixture f;
  f.synced(QStringLiteral("05449-1"), 1, 0);
  f.synced(QStringLiteral("05449-2"), 10, 5);
  f.enrolDevice(QStringLiteral("05452-1"));  // enrolled, never synced
  f.synced(QStringLiteral("05950-1"), 20, 9);  // another district
  const SyncHealthReport report = f.health();
  CHECK(report.nowMs == kNow);
  CHECK(report.silentAfterDays == kDefaultSilentAfterDays);
  CHECK(unitsOf(report) == QStringList{QStringLiteral("05449-3"), QStringLiteral("05452-1"), QStringLiteral("05452-2"),
                                       QStringLiteral("05452-3"), QStringLiteral("05449-2"), QStringLiteral("05449-1")});
}

TEST_CASE("a branch's row carries its newest sync, its waiting records and where it lies") {
  HealthFixture f;
  f.synced(QStringLiteral("05449-1"), 1, 4);
  f.synced(QStringLiteral("05449-1"), 3, 2, 3 * kDay);
  const BranchSyncHealth& row = branch(f.health(), QStringLiteral("05449-1"));
  CHECK(row.name == QStringLiteral("Chi hội 1"));
  CHECK(row.communeName == QStringLiteral("Phường Phan Đình Phùng"));
  CHECK(row.districtName == QStringLiteral("Thành phố Thái Nguyên"));
  REQUIRE(row.devices.size() == 2);
  CHECK(lastSyncOf(row) == kNow - kDay);
  CHECK(pendingOf(row) == 6);
  CHECK(anyWrongClock(row));
  for (const DeviceSyncState& device : row.devices) CHECK(device.appVersion == QStringLiteral("1.4.0"));
}

TEST_CASE("a branch is silent after the number of days asked for") {
  HealthFixture f;
  f.synced(QStringLiteral("05449-2"), 10, 0);
  const qint64 last = lastSyncOf(branch(f.health(), QStringLiteral("05449-2")));
  CHECK(isSilent(last, kNow, f.health(7).silentAfterDays));
  CHECK_FALSE(isSilent(last, kNow, f.health(14).silentAfterDays));
  CHECK(f.health(14).silentAfterDays == 14);
}

TEST_CASE("a revoked tablet no longer speaks for its branch in sync health") {
  HealthFixture f;
  const Device lost = f.synced(QStringLiteral("05452-2"), 0, 7);
  REQUIRE(f.acts.revokeDevice(f.district, lost.id).ok());
  const BranchSyncHealth& row = branch(f.health(), QStringLiteral("05452-2"));
  CHECK(row.devices.empty());
  CHECK(lastSyncOf(row) == 0);
}

TEST_CASE("a branch leader may not read sync health") {
  HealthFixture f;
  const Caller leader{f.enrolDevice(QStringLiteral("05449-1")), {}};
  Result<SyncHealthReport> refused = f.acts.syncHealth(leader, {}, 0);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == ReasonCode::NotPermitted);
}

TEST_CASE("a district officer asking about another district is refused") {
  HealthFixture f;
  Result<SyncHealthReport> refused = f.acts.syncHealth(f.district, QStringLiteral("173"), 0);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error().code == ReasonCode::OutOfScope);
}

TEST_CASE("a finished sync is read by sync health at once, and stored by the push writer without a push") {
  HealthFixture f;
  SyncReports reports;
  f.acts.setSyncReports(&reports);
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  reports.record(device.id, {kNow - kDay, QStringLiteral("2.0.0"), 3, std::nullopt});
  const BranchSyncHealth& row = branch(f.health(), QStringLiteral("05449-1"));
  CHECK(lastSyncOf(row) == kNow - kDay);
  CHECK(pendingOf(row) == 3);
  CHECK(f.reload(device).lastSyncAt == 0);  // not stored yet

  PushWriter writer(f.db(), f.pusher, &reports);
  writer.storeReports();
  writer.stop();  // writes what is waiting before it ends
  CHECK(reports.unwritten().isEmpty());
  const Device stored = f.reload(device);
  CHECK(stored.lastSyncAt == kNow - kDay);
  CHECK(stored.pendingCount == 3);
  CHECK(stored.appVersion == QStringLiteral("2.0.0"));
}

TEST_CASE("a newer report arriving while an older one is stored stays waiting") {
  SyncReports reports;
  reports.record(QStringLiteral("d"), {1000, QStringLiteral("1.0"), 1, std::nullopt});
  const QHash<QString, SyncReport> storing = reports.unwritten();
  reports.record(QStringLiteral("d"), {2000, QStringLiteral("1.0"), 0, std::nullopt});
  reports.written(storing);
  REQUIRE(reports.unwritten().size() == 1);
  CHECK(reports.unwritten().value(QStringLiteral("d")).at == 2000);
}
