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

// A tablet enrolling with a code for kPerson through the device library, over a link that loses the first
// enrolment answer after the server acted on it.
struct LostFirstAnswer {
  ProvinceFixture f;
  std::string code = issueCode(f.db, kBranch, kPerson);
  std::unique_ptr<client::LocalStore> store;
  client::SyncClient client{f.server.address()};
  FlakyTransport link{&client, 1};

  LostFirstAnswer() {
    client::Status status;
    store = client::LocalStore::open(f.storePath(QStringLiteral("tablet")), &status);
    REQUIRE(store);
    link.loseEnrolAnswers(1);
  }
  client::Status enrol() {
    return client::enrolDevice(store.get(), &link, QString::fromStdString(code), QStringLiteral("tablet"),
                               f.server.address());
  }
  // The server's device list lines naming kPerson, as `sohoi-admin devices` prints them.
  QStringList devices() {
    QString printed;
    REQUIRE(runAdmin({QStringLiteral("--db"), f.db, QStringLiteral("devices")}, &printed) == 0);
    return printed.split(QLatin1Char('\n')).filter(kPerson);
  }
};

}  // namespace

TEST_CASE("a device whose enrolment answer was lost enrols in the same attempt and syncs") {
  LostFirstAnswer t;
  const client::Status enrolled = t.enrol();
  INFO(enrolled.toString().toStdString());
  REQUIRE(enrolled.isOk());
  REQUIRE(t.store->account().isEnrolled());

  const QStringList devices = t.devices();
  REQUIRE(devices.size() == 1);  // one device made, answered twice
  CHECK(devices.front().startsWith(t.store->account().deviceId));
  CHECK(client::Synchronizer(t.store.get(), &t.link).runOnce().ok());
}

TEST_CASE("a code answered again for its attempt still refuses another device") {
  LostFirstAnswer t;
  REQUIRE(t.enrol().isOk());
  RawDevice other(t.f.server.address());
  const CallResult refused = other.enroll(t.code);  // an app that sends no attempt id, or another device
  CHECK_FALSE(refused.status.ok());
  CHECK(refused.reason == "BAD_ENROLMENT_CODE");
  CHECK(t.devices().size() == 1);
}
