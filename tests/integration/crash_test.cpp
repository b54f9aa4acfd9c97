// SIGKILL at random points of a push, on either side: afterwards every record is on the server exactly
// once (the oracle: the device's own log of what it made). On PostgreSQL too: the suite's "pg: " run.
#include "support/device_process.h"
#include "support/province_fixture.h"
#include "support/server_view.h"

#include <QDeadlineTimer>
#include <QSet>
#include <QThread>
#include <catch2/catch.hpp>
#include <csignal>
#include <random>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
constexpr int kRecords = 600;
constexpr int kBatch = 25;  // small batches: many push calls to be interrupted

QStringList deviceArgs(const ProvinceFixture& fixture, const QString& store) {
  return {"--server", fixture.server.address(), "--store", store};
}

// Enrols a device in its own process and saves kRecords records on it, offline.
QString preparedDevice(ProvinceFixture& fixture, quint64 seed) {
  const QString store = fixture.storePath(QStringLiteral("device"));
  const QString code = QString::fromStdString(issueCode(fixture.db, kBranch));
  REQUIRE(runDevice(deviceArgs(fixture, store) << "--code" << code) == 0);
  REQUIRE(runDevice(deviceArgs(fixture, store) << "--create" << QString::number(kRecords) << "--seed"
                                               << QString::number(seed)) == 0);
  return store;
}

// Syncs until a run succeeds, as the app would on its next connection.
void syncToCompletion(ProvinceFixture& fixture, const QString& store) {
  QString output;
  for (int attempt = 0; attempt < 5; ++attempt)
    if (runDevice(deviceArgs(fixture, store) << "--sync", &output) == 0) break;
  INFO(output.toStdString());
  REQUIRE(output.contains("pending 0 rejected 0"));
}

void requireExactlyOnce(ProvinceFixture& fixture, const QString& storePath) {
  client::Status status;
  auto store = client::LocalStore::open(storePath, &status);
  REQUIRE(store);
  const QStringList made = ownVersionIds(*store);
  CHECK(made.size() == kRecords);
  RawDevice province = fixture.rawDevice();
  const ServerView view = serverView(province);
  CHECK(view.changes == made.size());
  for (const QString& versionId : made) {
    INFO("version " << versionId.toStdString());
    CHECK(view.versionCopies.value(versionId) == 1);
  }
}

// Starts a sync of kRecords offline records, lets it run a seeded random while, then kills the device
// (SIGKILL, by pid); kills times; finally syncs and checks the server.
void killDeviceDuringPushes(quint64 seed, int kills) {
  ProvinceFixture fixture;
  const QString store = preparedDevice(fixture, seed);
  std::mt19937 random(seed);
  for (int kill = 0; kill < kills; ++kill) {
    auto device = startDevice(deviceArgs(fixture, store) << "--sync" << "--batch" << QString::number(kBatch));
    QThread::msleep(std::uniform_int_distribution<int>(20, 250)(random));
    device->kill();
    device->waitForFinished();
  }
  syncToCompletion(fixture, store);
  requireExactlyOnce(fixture, store);
}

// The versions the device made that the server has acknowledged: all it made but those still pending.
QSet<QString> acknowledgedVersions(client::LocalStore& store) {
  const QStringList made = ownVersionIds(store);
  QSet<QString> acknowledged(made.cbegin(), made.cend());
  for (const client::Mutation& pending : store.pendingBatch(kRecords)) acknowledged.remove(pending.version.versionId);
  return acknowledged;
}

// Waits until the device has had at least count records acknowledged, or has stopped syncing.
void waitForAcknowledged(client::LocalStore& store, QProcess& device, int count) {
  QDeadlineTimer guard(60000);  // a failure guard only
  while (kRecords - store.pendingCount() < count && device.state() != QProcess::NotRunning && !guard.hasExpired())
    QThread::msleep(2);
}

// SIGKILL (by pid) to the server at a seeded random point while a device pushes batches, each time after
// some records were acknowledged and while others still wait; after each restart every record the device
// holds as acknowledged is on the server exactly once, and after a last sync every record is.
void killServerDuringPushes(quint64 seed, int kills) {
  ProvinceFixture fixture;
  const QString storePath = preparedDevice(fixture, seed);
  client::Status status;
  auto store = client::LocalStore::open(storePath, &status, client::LocalStore::Durability::Normal);
  REQUIRE(store);
  std::mt19937 random(seed);
  for (int kill = 0; kill < kills; ++kill) {
    const int before = kRecords - store->pendingCount();
    const int target = std::uniform_int_distribution<int>(before + 1, before + (kRecords - before) / 2)(random);
    auto device = startDevice(deviceArgs(fixture, storePath) << "--sync" << "--batch" << QString::number(kBatch));
    waitForAcknowledged(*store, *device, target);
    REQUIRE(fixture.server.kill() == SIGKILL);
    device->waitForFinished(60000);
    const QSet<QString> acknowledged = acknowledgedVersions(*store);
    INFO("kill " << kill << ": " << acknowledged.size() << " of " << kRecords << " acknowledged");
    REQUIRE(acknowledged.size() >= target);
    REQUIRE(acknowledged.size() < kRecords);  // the kill came in the middle of the pushes
    REQUIRE(fixture.server.start());
    RawDevice province = fixture.rawDevice();
    const ServerView view = serverView(province);
    for (const QString& versionId : acknowledged) {
      INFO("acknowledged version " << versionId.toStdString());
      CHECK(view.versionCopies.value(versionId) == 1);
    }
  }
  syncToCompletion(fixture, storePath);
  requireExactlyOnce(fixture, storePath);
}

}  // namespace

TEST_CASE("a device killed at random points of a push ends with every record on the server exactly once") {
  for (quint64 seed : {1, 2, 3}) {
    DYNAMIC_SECTION("seed " << seed) { killDeviceDuringPushes(seed, 3); }
  }
}

TEST_CASE("a server killed during pushes keeps every acknowledged record, and ends with each exactly once") {
  for (quint64 seed : {1, 2}) {
    DYNAMIC_SECTION("seed " << seed) { killServerDuringPushes(seed, 2); }
  }
}
