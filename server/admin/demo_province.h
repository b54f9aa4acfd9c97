#pragma once
// A small demo province for trying the system and for load tests: Tỉnh Thái Nguyên (19), two districts,
// two communes in each and three branches per commune, with the official names and codes of
// data/thai-nguyen-units-2021.csv. Branches are "<commune code>-<n>", named "Chi hội <n>".
#include "domain/org_unit.h"

#include <vector>

namespace sohoi::server {

/// The demo tree, parents before children.
std::vector<OrgUnit> demoProvince();

}  // namespace sohoi::server
