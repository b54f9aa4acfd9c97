#pragma once
// The baselines file: CSV with the header
//   unit_id,year,members,women_18_plus,fund,branch_leaders,full_time_cadres,committee_members,core_members
// (a file from before core members, without the last column, still loads: none entered)
// one row per unit and year, each figure a whole number ≥ 0 (fund in đồng). Checked before anything is
// stored: every unit must be in the tree, no (unit, year) twice; errors name the line.
#include "domain/org_tree.h"
#include "plan/unit_baseline.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace sohoi::server {

struct BaselineFile {
  std::vector<plan::UnitBaseline> baselines;  // in file order
  QString error;                              // "Dòng N: … / Line N: …"; empty when usable
  int errorLine = 0;

  bool ok() const { return error.isEmpty(); }
  static BaselineFile parse(const QByteArray& csv, const OrgTree& tree);
};

}  // namespace sohoi::server
