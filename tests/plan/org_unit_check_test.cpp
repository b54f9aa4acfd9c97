#include "plan/org_unit_check.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::plan;

namespace {
std::vector<OrgUnit> goodUnits() {
  return {{"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province},
          {"164", "19", "Thành phố Thái Nguyên", UnitLevel::District},
          {"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune},
          {"05449-1", "05449", "Chi hội 1", UnitLevel::Branch}};
}

bool has(const std::vector<OrgUnitProblem>& problems, OrgUnitProblemKind kind, const QString& unitId) {
  for (const OrgUnitProblem& problem : problems)
    if (problem.kind == kind && problem.unitId == unitId) return true;
  return false;
}
}  // namespace

TEST_CASE("a proper tree has no problems") { CHECK(validateOrgUnits(goodUnits()).empty()); }

TEST_CASE("an unknown parent is reported with the unit") {
  std::vector<OrgUnit> units = goodUnits();
  units.push_back({"05452", "999", "Phường Tân Thịnh", UnitLevel::Commune});
  const auto problems = validateOrgUnits(units);
  REQUIRE(problems.size() == 1);
  CHECK(problems.front().kind == OrgUnitProblemKind::UnknownParent);
  CHECK(problems.front().unitId == "05452");
  CHECK(problems.front().messageEn.contains("999"));
}

TEST_CASE("a cycle is reported with each unit on it") {
  std::vector<OrgUnit> units = goodUnits();
  units.push_back({"A", "C", "A", UnitLevel::Commune});
  units.push_back({"B", "A", "B", UnitLevel::Commune});
  units.push_back({"C", "B", "C", UnitLevel::Commune});
  const auto problems = validateOrgUnits(units);
  CHECK(has(problems, OrgUnitProblemKind::Cycle, "A"));
  CHECK(has(problems, OrgUnitProblemKind::Cycle, "B"));
  CHECK(has(problems, OrgUnitProblemKind::Cycle, "C"));
  CHECK_FALSE(has(problems, OrgUnitProblemKind::Cycle, "19"));
}

TEST_CASE("a unit that is its own parent is a cycle") {
  std::vector<OrgUnit> units = goodUnits();
  units.push_back({"X", "X", "X", UnitLevel::Commune});
  CHECK(has(validateOrgUnits(units), OrgUnitProblemKind::Cycle, "X"));
}

TEST_CASE("duplicate ids, several roots and a level above its parent are reported") {
  std::vector<OrgUnit> units = goodUnits();
  units.push_back({"164", "19", "Again", UnitLevel::District});
  units.push_back({"20", "", "Another province", UnitLevel::Province});
  units.push_back({"05449-2", "05449-1", "Branch under a branch", UnitLevel::Branch});
  const auto problems = validateOrgUnits(units);
  CHECK(has(problems, OrgUnitProblemKind::DuplicateId, "164"));
  CHECK(has(problems, OrgUnitProblemKind::SeveralRoots, "20"));
  CHECK(has(problems, OrgUnitProblemKind::LevelNotBelow, "05449-2"));
}
