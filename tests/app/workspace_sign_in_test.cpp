// A person signing in with an account at a desktop: the session becomes the store's account (the
// workspace), the workstation keeps its device and data across sessions, and another person's sign-in
// never inherits or deletes unsent work. The server is replaced by a fake sign-in and a dead transport.
#include "app_controller.h"

#include "auth/role.h"
#include "domain/rejection.h"
#include "sync/no_network_transport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

client::AdminSession session(const QString& deviceId, quint64 lastSeq = 0) {
  client::AdminSession s;
  s.token = QStringLiteral("token-") + deviceId;
  s.expiresAtMs = 1'900'000'000'000;
  s.deviceId = deviceId;
  s.personId = QStringLiteral("person-") + deviceId;
  s.personName = QStringLiteral("Lương Thị Thanh");
  s.unitId = QStringLiteral("164");
  s.role = roleName(Role::DistrictStaff);
  s.serverEpoch = QStringLiteral("epoch");
  s.lastSeq = lastSeq;
  return s;
}

struct Desktop {
  QTemporaryDir dir;
  AppController app;
  client::RpcResult<client::AdminSession> answer;  // what the fake server answers the next sign-in
  QStringList workstations;                       // the workstation each sign-in named
  Desktop() {
    // No server: every sync call finds the network down, so tests see only what signing in did.
    app.setTransportMaker([](const QString&, const QString&) { return std::make_unique<client::NoNetworkTransport>(); });
    app.setSessionOpener([this](const QString&, const QString&, const QString&, const QString&, const QString& workstation) {
      workstations.append(workstation);
      return answer;
    });
    app.sync()->setAutoInterval(0);
    REQUIRE(app.open(dir.path(), QStringLiteral("127.0.0.1:50051")));
  }
  bool signIn(const client::RpcResult<client::AdminSession>& reply, const QString& user = QStringLiteral("thanh.lt")) {
    answer = reply;
    QSignalSpy finished(&app, &AppController::signInFinished);
    app.signIn(QStringLiteral("127.0.0.1:50051"), user, QStringLiteral("mật khẩu"));
    REQUIRE((finished.count() > 0 || finished.wait(10000)));
    return finished.at(0).at(0).toBool();
  }
  /// A record made at the desk (the district's tree as a first pull would bring it).
  void record() {
    REQUIRE(app.manager()->store().replaceOrgUnits(
        {{QStringLiteral("19"), {}, QStringLiteral("Hội LHPN tỉnh Thái Nguyên"), UnitLevel::Province},
         {QStringLiteral("164"), QStringLiteral("19"), QStringLiteral("Hội LHPN TP Thái Nguyên"), UnitLevel::District}})
                .isOk());
    const client::Status status = app.manager()->createIn(
        RecordKind::MediaPost, QStringLiteral("164"),
        {{"title", QStringLiteral("Tin hoạt động")}, {"outlet_level", 1}, {"date", QDate::currentDate()}});
    INFO(status.messageEn().toStdString());
    REQUIRE(status.isOk());
  }
};

}  // namespace

TEST_CASE("signing in with an account opens the workspace as the session's workstation device") {
  Desktop desk;
  CHECK_FALSE(desk.app.workspace());
  REQUIRE(desk.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-1"), 41))));
  CHECK(desk.app.workspace());
  CHECK(desk.app.username() == QStringLiteral("thanh.lt"));
  const client::Account account = desk.app.manager()->account();
  CHECK(account.deviceId == QStringLiteral("ws-1"));
  CHECK(account.credential == QStringLiteral("token-ws-1"));
  CHECK(desk.app.manager()->role() == Role::DistrictStaff);
  // The server holds this workstation's mutations up to 41: new work is numbered after them.
  desk.record();
  CHECK(desk.app.manager()->store().pendingBatch(10).front().seq == 42);
}

TEST_CASE("signing in again after the session ended keeps the workstation's unsent work") {
  Desktop desk;
  REQUIRE(desk.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-1")))));
  desk.record();
  client::AdminSession renewed = session(QStringLiteral("ws-1"));
  renewed.token = QStringLiteral("token-renewed");
  REQUIRE(desk.signIn(client::RpcResult<client::AdminSession>::success(renewed)));
  CHECK(desk.app.manager()->store().counts().pending == 1);
  CHECK(desk.app.manager()->account().credential == QStringLiteral("token-renewed"));
  REQUIRE(desk.workstations.size() == 2);
  CHECK(desk.workstations[0] == desk.workstations[1]);  // the same computer names itself the same way
}

TEST_CASE("another person's sign-in is refused while this computer holds unsent work, and replaces it after") {
  Desktop desk;
  REQUIRE(desk.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-1")))));
  desk.record();
  CHECK_FALSE(desk.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-2"))),
                          QStringLiteral("other")));
  CHECK(desk.app.signInError().contains(QStringLiteral("1")));
  CHECK(desk.app.manager()->account().deviceId == QStringLiteral("ws-1"));
  CHECK(desk.app.manager()->store().counts().pending == 1);

  Desktop fresh;  // nothing unsent: the next person starts from an empty store
  REQUIRE(fresh.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-1")))));
  REQUIRE(fresh.signIn(client::RpcResult<client::AdminSession>::success(session(QStringLiteral("ws-2"))),
                       QStringLiteral("other")));
  CHECK(fresh.app.manager()->account().deviceId == QStringLiteral("ws-2"));
  CHECK(fresh.app.username() == QStringLiteral("other"));
}

TEST_CASE("a refused sign-in says why and leaves the computer signed out") {
  Desktop desk;
  const Rejection refusal = rejectionFor(ReasonCode::SignInFailed);
  client::RpcError error;
  error.grpcCode = 16;
  error.reason = ReasonCode::SignInFailed;
  error.reasonName = QStringLiteral("SIGN_IN_FAILED");
  error.messageVi = refusal.messageVi;
  error.messageEn = refusal.messageEn;
  CHECK_FALSE(desk.signIn(client::RpcResult<client::AdminSession>::failure(error)));
  CHECK(desk.app.signInError() == refusal.messageVi);
  CHECK_FALSE(desk.app.workspace());
  CHECK_FALSE(desk.app.enrolled());

  desk.app.signIn(QStringLiteral("127.0.0.1:50051"), QString(), QString());  // nothing typed: said at once
  CHECK_FALSE(desk.app.signInError().isEmpty());
}
