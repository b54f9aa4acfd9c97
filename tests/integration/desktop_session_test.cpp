// A person signing in at a desktop over the wire (AdminService.SignIn): the session syncs like a device
// with the account's role and unit, ends at sign-out, and sign-in failures say nothing about which names exist.
#include "support/account_server.h"
#include "support/admin_client.h"
#include "support/raw_device.h"

#include "schema_version.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const std::string kPassword = "mật khẩu dài đủ 10";

struct DesktopFixture {
  AccountServer running{QStringLiteral("lan"), QString::fromStdString(kPassword), QStringLiteral("164"),
                        QStringLiteral("district_staff")};
  AdminClient desk{running.server.address()};  // after start: the port is picked then

  // A raw device speaking SyncService with the desk's session token.
  RawDevice sessionDevice(const v1::SignInResponse& signedIn) {
    RawDevice device(running.server.address());
    device.setCredential(signedIn.session_token());
    return device;
  }
};

}  // namespace

TEST_CASE("a signed-in session pushes and pulls like a device, with its account's role enforced") {
  DesktopFixture f;
  v1::SignInResponse signedIn;
  REQUIRE(f.desk.signIn("Lan", kPassword, "pc-1", &signedIn).status.ok());
  CHECK(signedIn.role() == "district_staff");
  CHECK(signedIn.unit_id() == "164");
  RawDevice session = f.sessionDevice(signedIn);

  // District staff record at their own unit, but do not create records for a commune below them.
  v1::PushResponse pushed;
  REQUIRE(session.push(session.pushRequest({session.newActivity(QStringLiteral("164")),
                                            session.newActivity(QStringLiteral("05449"))}, 1),
                       &pushed).status.ok());
  REQUIRE(pushed.results_size() == 2);
  CHECK(pushed.results(0).outcome() == v1::OUTCOME_ACCEPTED);
  CHECK(pushed.results(1).outcome() == v1::OUTCOME_REJECTED);
  CHECK(pushed.results(1).reason() == v1::REASON_CODE_NOT_PERMITTED);
  CHECK(session.pullAll().size() == 1);
}

TEST_CASE("signing in again at the same workstation continues its device and push sequence") {
  DesktopFixture f;
  v1::SignInResponse first;
  REQUIRE(f.desk.signIn("lan", kPassword, "pc-1", &first).status.ok());
  RawDevice session = f.sessionDevice(first);
  v1::PushResponse pushed;
  REQUIRE(session.push(session.pushRequest({session.newActivity(QStringLiteral("164"))}, 1), &pushed).status.ok());
  v1::SignInResponse again;
  REQUIRE(f.desk.signIn("lan", kPassword, "pc-1", &again).status.ok());
  CHECK(again.device_id() == first.device_id());
  CHECK(again.last_seq() == 1);
}

TEST_CASE("a signed-out session is refused as unauthenticated, saying so in both languages") {
  DesktopFixture f;
  v1::SignInResponse signedIn;
  REQUIRE(f.desk.signIn("lan", kPassword, "pc-1", &signedIn).status.ok());
  REQUIRE(f.desk.signOut().status.ok());
  RawDevice session = f.sessionDevice(signedIn);
  v1::PullRequest request;
  *request.mutable_client() = session.clientInfo();
  v1::PullResponse response;
  const CallResult refused = session.pull(request, &response);
  CHECK(refused.status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(refused.reason == "SESSION_ENDED");
  CHECK(refused.status.error_message().find("đã đăng xuất") != std::string::npos);
  CHECK(refused.status.error_message().find(" / The session was signed out") != std::string::npos);
}

TEST_CASE("a wrong password and an unknown user name get the same answer on the wire") {
  DesktopFixture f;
  const CallResult wrong = f.desk.signIn("lan", "không đúng mật khẩu", "pc-1");
  const CallResult unknown = f.desk.signIn("mai", "không đúng mật khẩu", "pc-1");
  CHECK(wrong.status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(wrong.reason == "SIGN_IN_FAILED");
  CHECK(unknown.reason == wrong.reason);
  CHECK(unknown.status.error_message() == wrong.status.error_message());
}

TEST_CASE("an app too old to sync is told to update before it may sign in") {
  DesktopFixture f;
  f.desk.client.set_schema_version(0);
  const CallResult refused = f.desk.signIn("lan", kPassword, "pc-1");
  CHECK(refused.status.error_code() == grpc::StatusCode::FAILED_PRECONDITION);
  CHECK(refused.reason == "UPDATE_NEEDED");
}

TEST_CASE("a session may administer as its account's role: a district officer lists her district's devices") {
  DesktopFixture f;
  REQUIRE(f.desk.signIn("lan", kPassword, "pc-1").status.ok());
  v1::ListDevicesResponse listed;
  REQUIRE(f.desk.listDevices("", &listed).status.ok());
  REQUIRE(listed.devices_size() == 1);  // her own workstation
  CHECK(listed.devices(0).name() == "pc-1");
  CHECK(f.desk.listDevices("173").reason == "OUT_OF_SCOPE");
}
