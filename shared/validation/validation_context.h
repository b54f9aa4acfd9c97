#pragma once
// What the validation rules need to know beyond the record itself.
#include "domain/org_tree.h"

#include <QDate>

namespace sohoi {

struct ValidationContext {
  const OrgTree* tree = nullptr;  // REQUIRES: non-null
  QDate earliest;                 // the reporting period's first day (the plan year)
  QDate latest;                   // today (the checker's clock), plus a day of tolerance for time zones
  QString scopeUnitId;            // the author's scope; empty means the whole tree

  /// Period 1 Jan of firstYear .. tomorrow by the system clock; whole tree.
  static ValidationContext standard(const OrgTree* tree, int firstYear = 2021);
};

}  // namespace sohoi
