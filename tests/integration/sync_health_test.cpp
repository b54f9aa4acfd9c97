// Sync health end to end: devices sync with a real sohoi-server, saying what waits on them, and a district
// officer signed in at a desktop reads it through the app's AdminClient; a lost tablet is revoked the same way.
// (Known times days apart are checked in tests/server/sync_health_test.cpp, with the server's clock set.)
#include "support/admin_client.h"
#include "support/province_fixture.h"
#include "support/test_device.h"

#include "admin/admin_client.h"
#include "sync/sync_client.h"

#include <QDateTime>
#include <QStringList>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kPassword = QStringLiteral("mật khẩu dài đủ 10");

struct HealthFixture {
  ProvinceFixture province;
  client::AdminClient desk{client::SyncClient::makeChannel(province.server.address())};

  HealthFixture() {
    createAccount(province.db, province.dir.path(), QStringLiteral("lan"), kPassword, QStringLiteral("164"),
                  QStringLiteral("district_staff"));
    REQUIRE(desk.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1")).ok());
  }

  // A tablet enrolled at unitId through the app's client library, not synced yet.
  std::unique_ptr<client::SyncClient> tablet(const QString& unitId, QString* deviceId) {
    auto sync = std::make_unique<client::SyncClient>(province.server.address());
    const client::RpcResult<client::EnrolReply> enrolled =
        sync->enroll(QString::fromStdString(issueCode(province.db, unitId)), QStringLiteral("máy tính bảng"), {});
    REQUIRE(enrolled.ok());
    sync->setCredential(enrolled.value->credential);
    *deviceId = enrolled.value->deviceId;
    return sync;
  }

  client::SyncHealth health() {
    const client::RpcResult<client::SyncHealth> answer = desk.syncHealth({}, 7);
    REQUIRE(answer.ok());
    return *answer.value;
  }
};

// Pulls to the end of the feed: a complete sync, as the synchronizer ends one.
void pullToEnd(client::SyncClient& sync) {
  QByteArray cursor;
  for (;;) {
    const client::RpcResult<client::PullPage> page = sync.pull(cursor, 500, {});
    REQUIRE(page.ok());
    cursor = page.value->nextCursor;
    if (!page.value->hasMore) return;
  }
}

const BranchSyncHealth* rowOf(const client::SyncHealth& health, const QString& unitId) {
  for (const BranchSyncHealth& branch : health.branches)
    if (branch.unitId == unitId) return &branch;
  return nullptr;
}

}  // namespace

TEST_CASE("a district officer sees when each branch's devices last synced and what waits on them, worst first") {
  HealthFixture f;
  const qint64 before = QDateTime::currentMSecsSinceEpoch();
  QString waitingId, silentId, elsewhereId;
  const auto waiting = f.tablet(QStringLiteral("05449-1"), &waitingId);
  waiting->setWaitingCount(4);
  pullToEnd(*waiting);
  TestDevice upToDate(f.province, QStringLiteral("up-to-date"), QStringLiteral("05449-2"), 7);
  upToDate.create(3);
  REQUIRE(upToDate.sync().ok());
  const auto elsewhere = f.tablet(QStringLiteral("05950-1"), &elsewhereId);  // in district 173
  elsewhere->setWaitingCount(9);
  pullToEnd(*elsewhere);
  const auto neverSynced = f.tablet(QStringLiteral("05452-1"), &silentId);
  const qint64 after = QDateTime::currentMSecsSinceEpoch();

  const client::SyncHealth health = f.health();
  CHECK(health.silentAfterDays == 7);
  QStringList order;
  for (const BranchSyncHealth& branch : health.branches) order << branch.unitId;
  // Never synced first (by commune, then name), then the one with records waiting.
  CHECK(order == QStringList{QStringLiteral("05449-3"), QStringLiteral("05452-1"), QStringLiteral("05452-2"),
                             QStringLiteral("05452-3"), QStringLiteral("05449-1"), QStringLiteral("05449-2")});
  for (const BranchSyncHealth& branch : health.branches)
    CHECK(isSilent(lastSyncOf(branch), health.nowMs, health.silentAfterDays) == (lastSyncOf(branch) == 0));

  const BranchSyncHealth* one = rowOf(health, QStringLiteral("05449-1"));
  REQUIRE(one);
  REQUIRE(one->devices.size() == 1);
  CHECK(one->devices[0].deviceId == waitingId);
  CHECK(one->devices[0].pendingCount == 4);
  CHECK(one->devices[0].lastSyncAt >= before);
  CHECK(one->devices[0].lastSyncAt <= after);
  CHECK_FALSE(one->devices[0].appVersion.isEmpty());
  CHECK_FALSE(hasWrongClock(one->devices[0]));
  const BranchSyncHealth* two = rowOf(health, QStringLiteral("05449-2"));
  REQUIRE(two);
  CHECK(pendingOf(*two) == 0);  // the synchronizer reports what is left after its pushes
  CHECK(lastSyncOf(*two) >= before);
  const BranchSyncHealth* never = rowOf(health, QStringLiteral("05452-1"));
  REQUIRE(never);
  REQUIRE(never->devices.size() == 1);
  CHECK(never->devices[0].deviceId == silentId);
  CHECK(never->devices[0].lastSyncAt == 0);
}

TEST_CASE("a district officer never sees another district's branches in sync health, nor may ask for them") {
  HealthFixture f;
  for (const BranchSyncHealth& branch : f.health().branches) CHECK(branch.districtName == QStringLiteral("Thành phố Thái Nguyên"));
  const client::RpcResult<client::SyncHealth> refused = f.desk.syncHealth(QStringLiteral("173"), 7);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error.reason == ReasonCode::OutOfScope);
  CHECK_FALSE(refused.error.messageVi.isEmpty());
  CHECK_FALSE(refused.error.messageEn.isEmpty());
}

TEST_CASE("sync health refuses a silence threshold over a year") {
  HealthFixture f;
  const client::RpcResult<client::SyncHealth> refused = f.desk.syncHealth({}, 400);
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error.reason == ReasonCode::InvalidField);
  CHECK_FALSE(refused.error.messageVi.isEmpty());
}

TEST_CASE("a lost tablet revoked from the desktop is refused at its next call") {
  HealthFixture f;
  QString lostId;
  const auto lost = f.tablet(QStringLiteral("05449-1"), &lostId);
  pullToEnd(*lost);
  const client::RpcResult<std::vector<client::ManagedDevice>> listed = f.desk.listDevices();
  REQUIRE(listed.ok());
  CHECK(std::any_of(listed.value->begin(), listed.value->end(),
                    [&](const client::ManagedDevice& device) { return device.deviceId == lostId && !device.revoked(); }));

  const client::RpcResult<qint64> revoked = f.desk.revokeDevice(lostId);
  REQUIRE(revoked.ok());
  CHECK(*revoked.value > 0);
  const client::RpcResult<client::PullPage> refused = lost->pull({}, 10, {});
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error.reason == ReasonCode::Revoked);
  CHECK(f.desk.revokeDevice(lostId).value == revoked.value);  // safe to retry
}

TEST_CASE("the codes a district issued are listed through the desktop client, with the device each became") {
  HealthFixture f;
  QString deviceId;
  f.tablet(QStringLiteral("05452-2"), &deviceId);
  const client::RpcResult<std::vector<client::IssuedCode>> codes = f.desk.listEnrolmentCodes(QStringLiteral("05452"));
  REQUIRE(codes.ok());
  REQUIRE(codes.value->size() == 1);
  CHECK(codes.value->front().unitId == QStringLiteral("05452-2"));
  CHECK(codes.value->front().deviceId == deviceId);
  CHECK(codes.value->front().usedAtMs > 0);
}
