// A loaded server may commit an enrolment and miss the call's deadline: the device sends the same attempt
// again and gets the device the server made, with a credential that works (and only that one).
#include "support/flaky_transport.h"
#include "support/province_fixture.h"
#include "sync/sync_client.h"
#include "sync/synchronizer.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
const QString kPerson = QStringLiteral("Đinh Thị Lạc");

// The server's device list lines naming person, as `sohoi-admin devices` prints them.
QStringList devicesOf(const ProvinceFixture& f, const QString& person) {
  QString printed;
  REQUIRE(runAdmin({QStringLiteral("--db"), f.db, QStringLiteral("devices")}, &printed) == 0);
  return printed.split(QLatin1Char('\n')).filter(person);
}

}  // namespace

TEST_CASE("a device whose enrolment answer was lost enrols in the same attempt and syncs") {
  ProvinceFixture f;
  client::Status status;
  std::unique_ptr<client::LocalStore> store =
      client::LocalStore::open(f.storePath(QStringLiteral("tablet")), &status);
  REQUIRE(store);
  client::SyncClient client(f.server.address());
  FlakyTransport link(&client, 1);
  link.loseEnrolAnswers(1);

  const QString code = QString::fromStdString(issueCode(f.db, kBranch, kPerson));
  const client::Status enrolled =
      client::enrolDevice(store.get(), &link, code, QStringLiteral("tablet"), f.server.address());
  INFO(enrolled.toString().toStdString());
  REQUIRE(enrolled.isOk());
  REQUIRE(store->account().isEnrolled());

  const QStringList devices = devicesOf(f, kPerson);
  REQUIRE(devices.size() == 1);  // one device made, answered twice
  CHECK(devices.front().startsWith(store->account().deviceId));
  CHECK(client::Synchronizer(store.get(), &link).runOnce().ok());
}

TEST_CASE("a code answered again for its attempt still refuses another device") {
  ProvinceFixture f;
  client::Status status;
  std::unique_ptr<client::LocalStore> store =
      client::LocalStore::open(f.storePath(QStringLiteral("tablet")), &status);
  REQUIRE(store);
  client::SyncClient client(f.server.address());
  FlakyTransport link(&client, 1);
  link.loseEnrolAnswers(1);
  const std::string code = issueCode(f.db, kBranch, kPerson);
  REQUIRE(client::enrolDevice(store.get(), &link, QString::fromStdString(code), QStringLiteral("tablet"),
                              f.server.address())
              .isOk());

  RawDevice other(f.server.address());
  const CallResult refused = other.enroll(code);  // an app that sends no attempt id, or another device
  CHECK_FALSE(refused.status.ok());
  CHECK(refused.reason == "BAD_ENROLMENT_CODE");
  CHECK(devicesOf(f, kPerson).size() == 1);
}
