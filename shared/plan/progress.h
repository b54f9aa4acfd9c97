#pragma once
// Tiến độ chỉ tiêu (target progress): what the engine answers for one unit, the shape the server's
// ReportService, sohoi-admin's `progress` command and the app's progress page all present.
#include <QString>
#include <vector>

#include "domain/org_unit.h"

namespace sohoi::plan {

enum class Status {
  Met,            // Đạt
  NotMet,         // Chưa đạt
  NotApplicable,  // Không áp dụng: the indicator is judged at another level, or there is nothing to judge
};

QString statusName(Status status);     // "met", "not_met", "not_applicable"
QString statusLabelVi(Status status);  // "Đạt", "Chưa đạt", "Không áp dụng"
QString statusLabelEn(Status status);  // "Met", "Not yet met", "Not applicable"

/// What a value counts.
enum class ValueUnit { Count, People, Percent, Dong, Rating };
QString valueUnitName(ValueUnit unit);  // "count", "people", "percent", "dong", "rating"

/// A quarterly indicator ("hàng quý") in one quarter of the year, judged on that quarter alone.
struct QuarterProgress {
  int quarter = 0;  // 1–4
  double value = 0;
  double target = 0;
  Status status = Status::NotApplicable;
  int unitsMet = -1;
  int unitsTotal = -1;
};

struct IndicatorProgress {
  QString indicatorId;
  int group = 0;
  double value = 0;
  double target = 0;
  bool hasTarget = false;  // false where the target does not apply (below the level judged)
  ValueUnit valueUnit = ValueUnit::Count;
  Status status = Status::NotApplicable;
  int unitsMet = -1;    // coverage and distribution above their level: units meeting …
  int unitsTotal = -1;  // … out of the units counted; -1 elsewhere
  // Period quarter: every quarter from the first to the one read, each judged on its own, so a reading at
  // the year's end says which quarters fell short. The figures above are those of the quarter read.
  std::vector<QuarterProgress> quarters = {};
};

struct UnitProgress {
  QString unitId;
  QString unitName;
  UnitLevel level = UnitLevel::Province;
  std::vector<IndicatorProgress> indicators;  // in plan order
  std::vector<UnitProgress> children;         // in the tree's order, as deep as asked
};

}  // namespace sohoi::plan
