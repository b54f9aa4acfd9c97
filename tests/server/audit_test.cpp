// The audit log (DESIGN §6a): every privileged act leaves one entry saying who, from where, what, on what,
// when and how it ended — whether it came through sohoi-admin, a signed-in session or a pushed decision.
#include "admin_run.h"
#include "server_fixture.h"

#include "accounts/account_directory.h"
#include "accounts/sessions.h"
#include "storage/audit_repository.h"
#include "storage/transaction.h"

#include "ids/uuid7.h"

#include <QFile>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

const QString kPassword = QStringLiteral("mật khẩu dài đủ 10");

std::vector<AuditEntry> entries(ServerFixture& f) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  return AuditRepository(tx).newest(1000);
}

// The newest entry of act; fails the test when there is none.
AuditEntry newestOf(ServerFixture& f, const QString& act) {
  for (const AuditEntry& entry : entries(f))
    if (entry.act == act) return entry;
  FAIL("no audit entry for " << act.toStdString());
  return {};
}

int countOf(ServerFixture& f, const QString& act) {
  const std::vector<AuditEntry> all = entries(f);
  return static_cast<int>(std::count_if(all.begin(), all.end(), [&](const AuditEntry& e) { return e.act == act; }));
}

Account createLan(ServerFixture& f) {
  Result<Account> account = AccountDirectory(f.db()).create(
      {QStringLiteral("lan"), QStringLiteral("Lê Thị Lan"), QStringLiteral("164"), Role::DistrictStaff}, kPassword,
      Actor::console());
  REQUIRE(account.ok());
  return account.value();
}

RecordVersion decisionOn(const RecordVersion& reviewed, int outcome) {
  RecordVersion decision = ServerFixture::newActivity(reviewed.unitId);
  decision.kind = RecordKind::ReviewDecision;
  decision.fields = {{QStringLiteral("record_id"), reviewed.recordId},
                     {QStringLiteral("reviewed_version_id"), reviewed.versionId},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("comment"), QStringLiteral("Thiếu địa điểm")}};
  return decision;
}

}  // namespace

TEST_CASE("creating, resetting and disabling an account are audited as the console's acts") {
  ServerFixture f;
  const Account lan = createLan(f);
  AccountDirectory(f.db()).resetPassword(QStringLiteral("lan"), kPassword + QStringLiteral("!"), Actor::console());
  AccountDirectory(f.db()).disable(QStringLiteral("lan"), Actor::console());
  for (const QString& act : {QStringLiteral("create_account"), QStringLiteral("reset_password"), QStringLiteral("disable_account")}) {
    const AuditEntry entry = newestOf(f, act);
    CHECK(entry.actorName == QStringLiteral("sohoi-admin"));
    CHECK(entry.target == lan.personId);
    CHECK(entry.targetUnitId == QStringLiteral("164"));
    CHECK(entry.outcome == QStringLiteral("ok"));
  }
}

TEST_CASE("a failed sign-in is audited with the name tried, a successful one with the person and session") {
  ServerFixture f;
  const Account lan = createLan(f);
  Sessions sessions(f.db());
  REQUIRE_FALSE(sessions.signIn(QStringLiteral("lan"), QStringLiteral("sai mật khẩu rồi"), QStringLiteral("pc")));
  const AuditEntry failed = newestOf(f, QStringLiteral("sign_in"));
  CHECK(failed.outcome == QStringLiteral("SIGN_IN_FAILED"));
  CHECK(failed.target == QStringLiteral("lan"));
  CHECK(failed.actorSessionId.isEmpty());

  const Result<SignedIn> signedIn = sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(signedIn.ok());
  const AuditEntry ok = newestOf(f, QStringLiteral("sign_in"));
  CHECK(ok.outcome == QStringLiteral("ok"));
  CHECK(ok.actorPersonId == lan.personId);
  CHECK(ok.actorName == QStringLiteral("Lê Thị Lan"));
  CHECK(ok.actorSessionId == signedIn.value().session.id);
  CHECK(ok.actorDeviceId == signedIn.value().device.id);
}

TEST_CASE("signing out is audited with the session that ended") {
  ServerFixture f;
  createLan(f);
  Sessions sessions(f.db());
  const Result<SignedIn> signedIn = sessions.signIn(QStringLiteral("lan"), kPassword, QStringLiteral("pc"));
  REQUIRE(signedIn.ok());
  REQUIRE_FALSE(sessions.signOut(signedIn.value().token));
  CHECK(newestOf(f, QStringLiteral("sign_out")).actorSessionId == signedIn.value().session.id);
}

TEST_CASE("issuing a code and revoking a device are audited with their target's unit") {
  ServerFixture f;
  const Device tablet = f.enrolDevice(QStringLiteral("05449-1"));
  REQUIRE(f.enrolment.revoke(tablet.id));
  const AuditEntry issued = newestOf(f, QStringLiteral("issue_code"));
  CHECK(issued.target == tablet.personId);
  CHECK(issued.targetUnitId == QStringLiteral("05449-1"));
  const AuditEntry revoked = newestOf(f, QStringLiteral("revoke_device"));
  CHECK(revoked.target == tablet.id);
  CHECK(revoked.targetUnitId == QStringLiteral("05449-1"));
}

TEST_CASE("a pushed review decision is audited once, in the push, as its device's act") {
  ServerFixture f;
  const Device leader = f.enrolDevice(QStringLiteral("05449-1"));
  const Device officer = f.enrolDevice(QStringLiteral("05449"), QStringLiteral("Chị Cán Bộ"));
  const RecordVersion reviewed = ServerFixture::newActivity(QStringLiteral("05449-1"));
  REQUIRE(f.push(leader, {ServerFixture::item(1, reviewed)}).results.front().outcome == PushOutcome::Accepted);
  const RecordVersion decision = decisionOn(reviewed, 2);
  REQUIRE(f.push(officer, {ServerFixture::item(1, decision)}).results.front().outcome == PushOutcome::Accepted);
  f.push(officer, {ServerFixture::item(1, decision)});  // a replay stores nothing new
  REQUIRE(countOf(f, QStringLiteral("review_decision")) == 1);
  const AuditEntry entry = newestOf(f, QStringLiteral("review_decision"));
  CHECK(entry.actorDeviceId == officer.id);
  CHECK(entry.actorName == QStringLiteral("Chị Cán Bộ"));
  CHECK(entry.target == reviewed.recordId);
  CHECK(entry.targetUnitId == QStringLiteral("05449-1"));
  CHECK(entry.detail == QStringLiteral("returned: Thiếu địa điểm"));
}

TEST_CASE("a refused decision leaves no audit entry") {
  ServerFixture f;
  const Device leader = f.enrolDevice(QStringLiteral("05449-1"));
  const RecordVersion reviewed = ServerFixture::newActivity(QStringLiteral("05449-1"));
  f.push(leader, {ServerFixture::item(1, reviewed)});
  // A branch leader may not decide on her own branch's records.
  REQUIRE(f.push(leader, {ServerFixture::item(2, decisionOn(reviewed, 1))}).results.front().outcome ==
          PushOutcome::Rejected);
  CHECK(countOf(f, QStringLiteral("review_decision")) == 0);
}

TEST_CASE("sohoi-admin approve is audited, and sohoi-admin audit lists it") {
  ServerFixture f;
  const Device leader = f.enrolDevice(QStringLiteral("05449-1"));
  const RecordVersion reviewed = ServerFixture::newActivity(QStringLiteral("05449-1"));
  f.push(leader, {ServerFixture::item(1, reviewed)});
  const QString db = f.dbSpec();
  REQUIRE(admin({QStringLiteral("--db"), db, QStringLiteral("approve"), reviewed.recordId}).code == 0);
  CHECK(newestOf(f, QStringLiteral("review_decision")).detail == QStringLiteral("approved"));
  const AdminRun listed = admin({QStringLiteral("--db"), db, QStringLiteral("audit"), QStringLiteral("--limit"), QStringLiteral("5")});
  REQUIRE(listed.code == 0);
  CHECK(listed.out.contains(QStringLiteral("review_decision")));
  CHECK(listed.out.contains(reviewed.recordId));
}
