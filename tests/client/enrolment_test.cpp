// Enrolment from the device's side: one attempt id per code, sent again until an answer arrives, so an
// answer lost after the server made the device does not cost the person a new code.
#include "fake_server.h"
#include "sync/synchronizer.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

// A device out of the box: an empty store, not enrolled.
struct NewDevice {
  QTemporaryDir dir;
  std::unique_ptr<LocalStore> store;
  test::FakeServer server;

  NewDevice() {
    Status status;
    store = LocalStore::open(dir.filePath(QStringLiteral("device.sqlite")), &status);
    REQUIRE(store);
  }
  Status enrol() {
    return enrolDevice(store.get(), &server, QStringLiteral("ABCD-EFGH"), QStringLiteral("tablet"),
                       QStringLiteral("127.0.0.1:50051"), {}, &sentAgain);
  }
  SyncSummary sentAgain;
};

}  // namespace

TEST_CASE("an enrolment whose answer was lost is sent again in the same attempt and the device is enrolled") {
  NewDevice device;
  device.server.loseEnrolAnswers(2);
  const Status status = device.enrol();
  INFO(status.toString().toStdString());
  REQUIRE(status.isOk());
  CHECK(device.store->account().isEnrolled());
  CHECK(device.store->account().deviceId == QStringLiteral("0192f3c4-0000-7000-8000-000000000001"));
  REQUIRE(device.server.enrolAttempts.size() == 3);
  CHECK(device.sentAgain.retries == 2);
  CHECK(device.sentAgain.busyWaits == 0);
  CHECK(device.server.enrolAttempts.front().size() == 16);
  CHECK(device.server.enrolAttempts[1] == device.server.enrolAttempts.front());
  CHECK(device.server.enrolAttempts[2] == device.server.enrolAttempts.front());
}

TEST_CASE("an unreachable server is tried again during an enrolment") {
  NewDevice device;
  device.server.failNext(test::FakeServer::unavailable());
  REQUIRE(device.enrol().isOk());
  CHECK(device.server.enrolAttempts.size() == 2);
  CHECK(device.store->account().isEnrolled());
}

TEST_CASE("an enrolment told the server is busy waits and is counted apart from retries") {
  NewDevice device;
  device.server.failNext(test::FakeServer::busy(std::chrono::milliseconds(100)), 2);
  REQUIRE(device.enrol().isOk());
  CHECK(device.server.enrolAttempts.size() == 3);
  CHECK(device.sentAgain.busyWaits == 2);
  CHECK(device.sentAgain.retries == 0);
}

TEST_CASE("each enrolment draws its own attempt id") {
  NewDevice first;
  NewDevice second;
  REQUIRE(first.enrol().isOk());
  REQUIRE(second.enrol().isOk());
  CHECK(first.server.enrolAttempts.front() != second.server.enrolAttempts.front());
}

TEST_CASE("a refused enrolment is not sent again, and leaves the device unenrolled") {
  NewDevice device;
  device.server.failNext(test::FakeServer::updateNeeded());
  const Status status = device.enrol();
  CHECK_FALSE(status.isOk());
  CHECK(status.code() == QStringLiteral("UPDATE_NEEDED"));
  CHECK(device.server.enrolAttempts.size() == 1);
  CHECK_FALSE(device.store->account().isEnrolled());
}
