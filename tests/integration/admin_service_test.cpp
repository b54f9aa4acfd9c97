// AdminService's answers to every role × admin act × unit relation, from a real sohoi-server, exactly as the
// shared admin table (shared/auth/admin_permissions.h) says: allowed, or refused with its reason code.
// Every caller works at district 164; the units around it stand for the four relations.
#include "support/admin_client.h"
#include "support/raw_device.h"
#include "support/server_process.h"

#include "auth/admin_permissions.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <map>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kOwn = QStringLiteral("164");  // district Thành phố Thái Nguyên
const std::map<UnitRelation, QString> kUnitAt{{UnitRelation::Own, kOwn},
                                              {UnitRelation::Below, QStringLiteral("05449")},
                                              {UnitRelation::Above, QStringLiteral("19")},
                                              {UnitRelation::Sibling, QStringLiteral("173")}};

grpc::StatusCode codeFor(ReasonCode reason) {
  return reason == ReasonCode::NotFound ? grpc::StatusCode::NOT_FOUND : grpc::StatusCode::PERMISSION_DENIED;
}

struct TableFixture {
  QTemporaryDir dir;
  QString db = demoDatabase(dir.path());
  ServerProcess server{db};
  std::map<Role, AdminClient> callers;          // one device per role, at kOwn
  std::map<UnitRelation, std::string> targets;  // one device per relation, for RevokeDevice

  TableFixture() {
    REQUIRE(server.start());
    for (Role role : allRoles()) {
      RawDevice device(server.address());
      REQUIRE(device.enroll(issueCode(db, kOwn, roleLabelVi(role), roleName(role))).status.ok());
      AdminClient client(server.address());
      client.setToken(device.enrolment().credential());
      callers.emplace(role, std::move(client));
    }
    for (const auto& [relation, unit] : kUnitAt) {
      RawDevice device(server.address());
      REQUIRE(device.enroll(issueCode(db, unit)).status.ok());
      targets.emplace(relation, device.enrolment().device_id());
    }
  }

  // Calls act for every role at every relation and checks each answer against the table.
  template <typename Call>
  void checkAgainstTable(AdminAct act, Call call) {
    for (Role role : allRoles())
      for (const auto& [relation, unit] : kUnitAt) {
        const CallResult result = call(callers.at(role), relation, unit.toStdString());
        const std::optional<Rejection> expected = adminRefusalFor(role, act, relation);
        INFO(roleName(role).toStdString() << " " << adminActName(act).toStdString() << " at "
                                          << unitRelationName(relation).toStdString() << ": "
                                          << result.status.error_message());
        if (!expected) {
          CHECK(result.status.ok());
        } else {
          CHECK(result.status.error_code() == codeFor(expected->code));
          CHECK(result.reason == reasonCodeName(expected->code).toStdString());
        }
      }
  }
};

}  // namespace

TEST_CASE("issuing enrolment codes is allowed and refused as the admin table says") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::IssueCode, [](AdminClient& c, UnitRelation, const std::string& unit) {
    return c.issueCode(unit, "branch_leader");
  });
}

TEST_CASE("listing enrolment codes is allowed and refused as the admin table says") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::ListCodes,
                      [](AdminClient& c, UnitRelation, const std::string& unit) { return c.listCodes(unit); });
}

TEST_CASE("listing devices is allowed and refused as the admin table says") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::ListDevices,
                      [](AdminClient& c, UnitRelation, const std::string& unit) { return c.listDevices(unit); });
}

TEST_CASE("revoking devices is allowed and refused as the admin table says, unseen devices as unknown") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::RevokeDevice, [&](AdminClient& c, UnitRelation relation, const std::string&) {
    return c.revokeDevice(f.targets.at(relation));
  });
}

TEST_CASE("listing accounts is allowed and refused as the admin table says") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::ListAccounts,
                      [](AdminClient& c, UnitRelation, const std::string& unit) { return c.listAccounts(unit); });
}

TEST_CASE("reading the audit log is allowed and refused as the admin table says") {
  TableFixture f;
  f.checkAgainstTable(AdminAct::ReadAudit,
                      [](AdminClient& c, UnitRelation, const std::string& unit) { return c.listAudit(unit); });
}

TEST_CASE("reading the server's call times is allowed and refused as the admin table says") {
  TableFixture f;
  // The server's, not a unit's: asked of the caller's own unit whatever the relation named.
  for (Role role : allRoles()) {
    const CallResult result = f.callers.at(role).callTimes();
    const std::optional<Rejection> expected =
        adminRefusalFor(role, AdminAct::ReadCallTimes, UnitRelation::Own);
    INFO(roleName(role).toStdString() << ": " << result.status.error_message());
    if (!expected) {
      CHECK(result.status.ok());
    } else {
      CHECK(result.status.error_code() == grpc::StatusCode::PERMISSION_DENIED);
      CHECK(result.reason == reasonCodeName(expected->code).toStdString());
    }
  }
}

TEST_CASE("the server's call times count the calls it answered, each within its bound") {
  TableFixture f;
  v1::GetCallTimesResponse times;
  REQUIRE(f.callers.at(Role::Administrator).callTimes(&times).status.ok());
  REQUIRE(times.upper_bounds_us_size() > 1);
  for (int i = 1; i < times.upper_bounds_us_size(); ++i)
    CHECK(times.upper_bounds_us(i) > times.upper_bounds_us(i - 1));
  const auto answered = [&](const std::string& path) {
    for (const v1::MethodCallTimes& method : times.methods())
      if (method.method() == path) {
        CHECK(method.counts_size() == times.upper_bounds_us_size() + 1);
        std::uint64_t calls = 0;
        for (std::uint64_t count : method.counts()) calls += count;
        return calls;
      }
    return std::uint64_t{0};
  };
  // One enrolment a role and a relation, made by the fixture; the reading itself is not answered yet.
  CHECK(answered("/sohoi.v1.SyncService/Enroll") == allRoles().size() + kUnitAt.size());
  CHECK(answered("/sohoi.v1.AdminService/GetCallTimes") == 0);
  REQUIRE(f.callers.at(Role::Administrator).callTimes(&times).status.ok());
  CHECK(answered("/sohoi.v1.AdminService/GetCallTimes") == 1);
}

TEST_CASE("district staff may not enrol a person as province staff, even below them") {
  TableFixture f;
  const CallResult refused = f.callers.at(Role::DistrictStaff).issueCode("05449", "province_staff");
  CHECK(refused.status.error_code() == grpc::StatusCode::PERMISSION_DENIED);
  CHECK(refused.reason == "NOT_PERMITTED");
}

TEST_CASE("a device list holds only the caller's subtree") {
  TableFixture f;
  v1::ListDevicesResponse listed;
  REQUIRE(f.callers.at(Role::DistrictStaff).listDevices("", &listed).status.ok());
  REQUIRE(listed.devices_size() > 0);
  for (const v1::DeviceInfo& device : listed.devices()) {
    INFO(device.unit_id());
    CHECK((device.unit_id() == "164" || device.unit_id() == "05449"));
  }
}

TEST_CASE("an unknown device is answered as one outside the scope") {
  TableFixture f;
  const CallResult unknown = f.callers.at(Role::ProvinceStaff).revokeDevice(std::string(16, '\x01'));
  const CallResult unseen = f.callers.at(Role::DistrictStaff).revokeDevice(f.targets.at(UnitRelation::Sibling));
  CHECK(unknown.status.error_code() == grpc::StatusCode::NOT_FOUND);
  CHECK(unseen.status.error_code() == grpc::StatusCode::NOT_FOUND);
  CHECK(unknown.status.error_message() == unseen.status.error_message());
}

TEST_CASE("a device revoked through AdminService is refused at its next call") {
  TableFixture f;
  RawDevice tablet(f.server.address());
  REQUIRE(tablet.enroll(issueCode(f.db, QStringLiteral("05449-1"))).status.ok());
  REQUIRE(f.callers.at(Role::DistrictStaff).revokeDevice(tablet.enrolment().device_id()).status.ok());
  v1::PushResponse response;
  const CallResult refused = tablet.push(tablet.pushRequest({tablet.newActivity(tablet.unitId())}, 1), &response);
  CHECK(refused.status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(refused.reason == "REVOKED");
}

TEST_CASE("the audit log a district reads holds its subtree's acts and no other district's") {
  TableFixture f;
  issueCode(f.db, QStringLiteral("05950"));  // in district 173, by the console
  REQUIRE(f.callers.at(Role::DistrictStaff).issueCode("05449", "branch_leader").status.ok());
  v1::ListAuditResponse audit;
  REQUIRE(f.callers.at(Role::DistrictStaff).listAudit("", &audit).status.ok());
  bool sawOwnIssue = false;
  for (const v1::AuditEntryInfo& entry : audit.entries()) {
    INFO(entry.act() << " " << entry.target_unit_id());
    CHECK((entry.target_unit_id() == "164" || entry.target_unit_id().rfind("05449", 0) == 0 ||
           entry.target_unit_id().rfind("05452", 0) == 0));
    sawOwnIssue = sawOwnIssue || (entry.act() == "issue_code" && entry.target_unit_id() == "05449" &&
                                  entry.outcome() == "ok" && entry.actor_name() == roleLabelVi(Role::DistrictStaff).toStdString());
  }
  CHECK(sawOwnIssue);
}
