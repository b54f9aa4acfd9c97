// The app's AdminService client (client/admin/admin_client.h) against a real sohoi-server: what a person
// signing in at a desktop, and the tools, rely on. The wire contract itself is checked with the raw
// client in admin_service_test.cpp and desktop_session_test.cpp.
#include "support/account_server.h"
#include "support/raw_device.h"

#include "admin/admin_client.h"
#include "sync/sync_client.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kPassword = QStringLiteral("mật khẩu dài đủ 10");

struct SignedInFixture {
  AccountServer running{QStringLiteral("lan"), kPassword, QStringLiteral("164"), QStringLiteral("district_staff")};
  QString address = running.server.address();
  client::AdminClient desk{client::SyncClient::makeChannel(address)};
};

}  // namespace

TEST_CASE("the client library signs in with an account, and its session pulls the org tree like a device") {
  SignedInFixture f;
  const client::RpcResult<client::AdminSession> session = f.desk.signIn(QStringLiteral("Lan"), kPassword, QStringLiteral("pc-1"));
  REQUIRE(session.ok());
  CHECK(session.value->role == QStringLiteral("district_staff"));
  CHECK(session.value->unitId == QStringLiteral("164"));
  CHECK(session.value->personName == QStringLiteral("Lê Thị Lan"));
  CHECK_FALSE(session.value->deviceId.isEmpty());

  client::SyncClient sync(f.address);
  sync.setCredential(session.value->token);
  const client::RpcResult<client::PullPage> page = sync.pull({}, 1, {});
  REQUIRE(page.ok());
  REQUIRE(page.value->reference);
  CHECK_FALSE(page.value->reference->units.empty());
}

TEST_CASE("a refused sign-in reaches the client library as SIGN_IN_FAILED, in Vietnamese and English") {
  SignedInFixture f;
  const client::RpcResult<client::AdminSession> refused =
      f.desk.signIn(QStringLiteral("lan"), QStringLiteral("không đúng mật khẩu"), QStringLiteral("pc-1"));
  REQUIRE_FALSE(refused.ok());
  CHECK(refused.error.reason == ReasonCode::SignInFailed);
  CHECK_FALSE(refused.error.transient);
  CHECK_FALSE(refused.error.messageVi.isEmpty());
  CHECK_FALSE(refused.error.messageEn.isEmpty());
}

TEST_CASE("an enrolment code issued through the client library enrols a device at its unit, until sign-out") {
  SignedInFixture f;
  REQUIRE(f.desk.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc-1")).ok());
  const client::RpcResult<client::EnrolmentCode> issued =
      f.desk.issueEnrolmentCode(QStringLiteral("05449"), QStringLiteral("Nguyễn Thị Mới"));
  REQUIRE(issued.ok());
  CHECK(issued.value->unitId == QStringLiteral("05449"));
  RawDevice tablet(f.address);
  REQUIRE(tablet.enroll(issued.value->code.toStdString()).status.ok());
  CHECK(tablet.unitId() == QStringLiteral("05449"));

  REQUIRE(f.desk.signOut().ok());
  const client::RpcResult<client::EnrolmentCode> after =
      f.desk.issueEnrolmentCode(QStringLiteral("05449"), QStringLiteral("Trần Thị Sau"));
  REQUIRE_FALSE(after.ok());
  CHECK(after.error.reason == ReasonCode::Unauthenticated);
}
