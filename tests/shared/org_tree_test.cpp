#include "domain/org_tree.h"

#include <catch2/catch.hpp>

using namespace sohoi;

namespace {
OrgTree smallProvince() {
  return OrgTree({{"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province},
                  {"164", "19", "Thành phố Thái Nguyên", UnitLevel::District},
                  {"05449", "164", "Phường Phan Đình Phùng", UnitLevel::Commune},
                  {"05449-1", "05449", "Chi hội 1", UnitLevel::Branch},
                  {"173", "19", "Huyện Phú Bình", UnitLevel::District}});
}
}  // namespace

TEST_CASE("a branch lies within its commune, district and province but not a sibling district") {
  const OrgTree tree = smallProvince();
  CHECK(tree.isWithin("05449-1", "05449"));
  CHECK(tree.isWithin("05449-1", "164"));
  CHECK(tree.isWithin("05449-1", "19"));
  CHECK(tree.isWithin("05449-1", "05449-1"));
  CHECK_FALSE(tree.isWithin("05449-1", "173"));
  CHECK_FALSE(tree.isWithin("unknown", "19"));
}

TEST_CASE("a subtree lists the unit and everything below it") {
  const OrgTree tree = smallProvince();
  QStringList units = tree.subtree("164");
  units.sort();
  CHECK(units == QStringList{"05449", "05449-1", "164"});
  CHECK(tree.subtree("missing").isEmpty());
}

TEST_CASE("a cycle in bad data does not hang the scope check") {
  OrgTree tree({{"a", "b", "A", UnitLevel::Commune}, {"b", "a", "B", UnitLevel::Commune}});
  CHECK_FALSE(tree.isWithin("a", "root"));
}

TEST_CASE("moving a unit under another parent updates its children lists") {
  OrgTree tree = smallProvince();
  tree.add({"05449", "173", "Phường Phan Đình Phùng", UnitLevel::Commune});
  CHECK(tree.isWithin("05449-1", "173"));
  CHECK_FALSE(tree.children("164").contains("05449"));
}
