// The server restored from an older copy of its database: devices lose nothing and, after syncing, the
// server holds again everything they made (DESIGN §5, "Server restore").
#include "support/server_view.h"
#include "support/test_device.h"
#include "test_database.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");

void syncAll(std::initializer_list<TestDevice*> devices) {
  for (int round = 0; round < 2; ++round)
    for (TestDevice* device : devices) {
      const client::SyncOutcome outcome = device->sync();
      INFO(outcome.status.toString().toStdString());
      REQUIRE(outcome.ok());
    }
}

void checkEverythingRestored(ProvinceFixture& fixture, TestDevice& a, TestDevice& b, int expected) {
  RawDevice province = fixture.rawDevice();
  const ServerView view = serverView(province);
  for (TestDevice* device : {&a, &b}) {
    for (const QString& versionId : ownVersionIds(device->store())) {
      INFO("version " << versionId.toStdString());
      CHECK(view.versionCopies.value(versionId) == 1);
    }
    const auto live = liveWithin(view, device->store().orgTree(), device->store().account().unitId);
    CHECK(live.size() == expected);
    CHECK(deviceRecords(device->store()) == live);
  }
}

void restoreScenario(bool rotateEpoch) {
  ProvinceFixture fixture;
  const QString backup = siblingDatabaseSpec(fixture.db, QStringLiteral("backup"));
  TestDevice a(fixture, "a", kBranch, 1), b(fixture, "b", kBranch, 2);
  a.create(40);
  syncAll({&a, &b});

  fixture.server.stop();
  copyDatabase(fixture.db, backup);
  REQUIRE(fixture.server.start());

  a.create(30);
  b.create(20);
  syncAll({&a, &b});

  fixture.server.stop();
  copyDatabase(backup, fixture.db);  // the server loses the last 50 records and the devices' sequences
  if (rotateEpoch) REQUIRE(runAdmin({"--db", fixture.db, "rotate-epoch"}) == 0);
  REQUIRE(fixture.server.start());

  syncAll({&a, &b});
  checkEverythingRestored(fixture, a, b, 90);
}

}  // namespace

TEST_CASE("after a restore with a new epoch, devices re-download and re-send everything") {
  restoreScenario(true);
}

TEST_CASE("a restore nobody announced is detected from the cursor and loses nothing") {
  restoreScenario(false);
}

TEST_CASE("a restore that keeps a device's cursor but lost its pushes is noticed at its next sync") {
  ProvinceFixture fixture;
  const QString backup = siblingDatabaseSpec(fixture.db, QStringLiteral("backup"));
  TestDevice a(fixture, "a", kBranch, 1);
  a.create(5);
  syncAll({&a});

  fixture.server.stop();
  copyDatabase(fixture.db, backup);
  REQUIRE(fixture.server.start());

  // The five new records are acknowledged, but the link drops before the pull: the cursor stays where the
  // backup still knows it.
  a.create(5);
  a.transport().setPullsFail(true);
  CHECK_FALSE(a.sync().ok());
  REQUIRE(a.store().pendingCount() == 0);
  a.transport().setPullsFail(false);

  fixture.server.stop();
  copyDatabase(backup, fixture.db);
  REQUIRE(fixture.server.start());

  // Nothing new to send, yet the server lacks five: the sync sends them again.
  const client::SyncOutcome outcome = a.sync();
  INFO(outcome.status.toString().toStdString());
  REQUIRE(outcome.ok());
  CHECK_FALSE(outcome.summary.reset);
  RawDevice province = fixture.rawDevice();
  const ServerView view = serverView(province);
  const QStringList own = ownVersionIds(a.store());
  CHECK(own.size() == 10);
  for (const QString& versionId : own) {
    INFO("version " << versionId.toStdString());
    CHECK(view.versionCopies.value(versionId) == 1);
  }
}
