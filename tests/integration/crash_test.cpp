// SIGKILL at random points of a push, on either side: afterwards every record is on the server exactly
// once (the oracle: the device's own log of what it made).
#include "support/device_process.h"
#include "support/province_fixture.h"
#include "support/server_view.h"

#include <QThread>
#include <catch2/catch.hpp>
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

}  // namespace

// Starts a sync of kRecords offline records, lets it run a seeded random while, then calls crash (which
// kills one side and, for the server, brings it back); kills times; finally syncs and checks the server.
template <typename Crash>
void crashDuringPushes(quint64 seed, int kills, Crash crash) {
  ProvinceFixture fixture;
  const QString store = preparedDevice(fixture, seed);
  std::mt19937 random(seed);
  for (int kill = 0; kill < kills; ++kill) {
    auto device = startDevice(deviceArgs(fixture, store) << "--sync" << "--batch" << QString::number(kBatch));
    QThread::msleep(std::uniform_int_distribution<int>(20, 250)(random));
    crash(fixture, *device);
  }
  syncToCompletion(fixture, store);
  requireExactlyOnce(fixture, store);
}

TEST_CASE("a device killed at random points of a push ends with every record on the server exactly once") {
  for (quint64 seed : {1, 2, 3}) {
    DYNAMIC_SECTION("seed " << seed) {
      crashDuringPushes(seed, 3, [](ProvinceFixture&, QProcess& device) {
        device.kill();  // SIGKILL, by pid
        device.waitForFinished();
      });
    }
  }
}

TEST_CASE("a server killed during a push and restarted ends with every record on it exactly once") {
  for (quint64 seed : {1, 2}) {
    DYNAMIC_SECTION("seed " << seed) {
      crashDuringPushes(seed, 2, [](ProvinceFixture& fixture, QProcess& device) {
        fixture.server.kill();
        device.waitForFinished(60000);
        REQUIRE(fixture.server.start());
      });
    }
  }
}
