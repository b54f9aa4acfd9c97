#pragma once
// The Vietnamese words of the reports (the PDF and the CSV files are Vietnamese documents): the seed's ten
// target groups, unit levels, what figures count, and figures written the Vietnamese way.
#include "domain/org_unit.h"
#include "plan/progress.h"

#include <QString>

namespace sohoi::server {

constexpr int kTargetGroups = 10;  // the seed's "10 nhóm chỉ tiêu"

/// The heading of target group 1–10 ("Phát triển hội viên"); "Các nội dung khác" for 0 (other items).
QString targetGroupTitleVi(int group);
/// "Tỉnh", "Huyện", "Cơ sở", "Chi hội".
QString unitLevelLabelVi(UnitLevel level);
/// "số lượng", "người", "%", "đồng", "xếp loại".
QString valueUnitLabelVi(plan::ValueUnit unit);
/// 2622 → "2.622", 40.5 → "40,5": thousands with dots, decimals with a comma, at most two.
QString figureVi(double value);
/// A figure with its unit and target, as a sentence gives it: "2.700 người / 2.622", "45,2% / 40%".
QString figureWithTargetVi(const plan::IndicatorProgress& progress);

}  // namespace sohoi::server
