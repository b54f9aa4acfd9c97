#pragma once
// The realistic demo province (sohoi-admin demo): Thái Nguyên's real tree as of 1 Feb 2021 (1 province,
// 9 district-level units, 178 communes, data/thai-nguyen-units-2021.csv) with 2,376 branches under the
// communes, 2020 baselines whose province totals match the seed (262,200 members, so 1% is 2,622; 2,376
// branch leaders, so 1,188 is 50%), people with Vietnamese names and a year of records dated in 2021 that
// give every indicator of the 2021 plan a figure — some met, some not — and the households' assessments of
// 2020, imported as the province would. Deterministic from the seed.
#include "domain/org_tree.h"
#include "domain/org_unit.h"
#include "plan/unit_baseline.h"
#include "start_state_import.h"

#include <vector>

namespace sohoi::server {

class DemoWriter;

constexpr int kDemoBranches = 2376;
constexpr qint64 kDemoMembers = 262200;

/// The tree: the file's units (province, districts, communes) and branches "<commune>-1" … "<commune>-n",
/// 13 or 14 per commune, 2,376 in all. Which communes get 14 follows the seed; every one has at least 3.
std::vector<OrgUnit> demoTree(const std::vector<OrgUnit>& fileUnits, quint64 seed);
/// Members, women 18+ and a leader per branch; fund and a full-time cadre per commune; 3 cadres per district;
/// 10 cadres and the 35-member executive committee at the province.
std::vector<plan::UnitBaseline> demoBaselines(const OrgTree& tree, quint64 seed);
/// A year of records; about recordsPerBranch per branch plus each commune's and district's own. The
/// households' states before 2021 are not written: they are returned in startStates, for the caller to
/// import as the province does (importStartStates, once the records are committed).
void writeDemoRecords(DemoWriter& writer, const OrgTree& tree, const std::vector<plan::UnitBaseline>& baselines,
                      int recordsPerBranch, std::vector<StartState>* startStates);

}  // namespace sohoi::server
