// The admin table's rules as people state them (shared/auth/admin_permissions.h); the server's answers for
// every role × act × relation are checked against the same table in integration/admin_service_test.cpp.
#include "auth/admin_permissions.h"

#include <catch2/catch.hpp>

using namespace sohoi;

namespace {
const std::vector<UnitRelation> kRelations{UnitRelation::Own, UnitRelation::Below, UnitRelation::Above,
                                           UnitRelation::Sibling};
}

TEST_CASE("branch leaders and members administer nothing, and are told it is their role") {
  for (Role role : {Role::BranchLeader, Role::Member})
    for (AdminAct act : allAdminActs())
      for (UnitRelation relation : kRelations) {
        const std::optional<Rejection> refusal = adminRefusalFor(role, act, relation);
        REQUIRE(refusal);
        CHECK(refusal->code == ReasonCode::NotPermitted);
      }
}

TEST_CASE("nobody administers a unit above or beside their own") {
  for (Role role : allRoles())
    for (AdminAct act : allAdminActs())
      for (UnitRelation relation : {UnitRelation::Above, UnitRelation::Sibling})
        CHECK_FALSE(permitsAdmin(role, act, relation));
}

TEST_CASE("a device outside the caller's scope is answered as unknown, a unit as out of scope") {
  REQUIRE(adminRefusalFor(Role::DistrictStaff, AdminAct::RevokeDevice, UnitRelation::Sibling)->code ==
          ReasonCode::NotFound);
  REQUIRE(adminRefusalFor(Role::DistrictStaff, AdminAct::ListDevices, UnitRelation::Above)->code ==
          ReasonCode::OutOfScope);
}

TEST_CASE("district staff issue codes for units below them but not for their own district") {
  CHECK_FALSE(adminRefusalFor(Role::DistrictStaff, AdminAct::IssueCode, UnitRelation::Below));
  const std::optional<Rejection> own = adminRefusalFor(Role::DistrictStaff, AdminAct::IssueCode, UnitRelation::Own);
  REQUIRE(own);
  CHECK(own->code == ReasonCode::NotPermitted);
  CHECK(own->messageEn.contains(QStringLiteral("own unit")));
}

TEST_CASE("district staff enrol branch leaders and commune officers only") {
  CHECK(mayGrant(Role::DistrictStaff, Role::BranchLeader));
  CHECK(mayGrant(Role::DistrictStaff, Role::CommuneOfficer));
  CHECK_FALSE(mayGrant(Role::DistrictStaff, Role::DistrictStaff));
  CHECK_FALSE(mayGrant(Role::DistrictStaff, Role::Administrator));
  REQUIRE(grantRefusalFor(Role::DistrictStaff, Role::ProvinceStaff)->field == QStringLiteral("role"));
}

TEST_CASE("only an administrator may enrol another administrator") {
  CHECK(mayGrant(Role::Administrator, Role::Administrator));
  CHECK(mayGrant(Role::ProvinceStaff, Role::DistrictStaff));
  CHECK_FALSE(mayGrant(Role::ProvinceStaff, Role::Administrator));
  CHECK_FALSE(mayGrant(Role::CommuneOfficer, Role::BranchLeader));
}
