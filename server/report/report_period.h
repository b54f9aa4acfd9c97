#pragma once
// The period a report covers: a year, or one quarter of it (kỳ báo cáo). Progress is read as of the
// period's last day (a quarterly indicator then reads that quarter), or as of today while the period runs.
#include "report_request.h"

#include "plan/record_filter.h"

#include <QDate>
#include <QString>
#include <optional>

namespace sohoi::server {

struct ReportPeriod {
  int year = 0;
  int quarter = 0;  // 1–4; 0: the whole year

  /// A BadPeriod refusal when quarter is not 0–4 or the year is not a plausible one; nullopt when usable.
  std::optional<ReportProblem> problem() const;
  plan::PeriodRange range() const;
  /// The day figures are read for: the period's last day, or today (never before the first day) while it runs.
  QDate asOf(const QDate& today) const;
  /// "năm 2021", "quý II năm 2021": as a title says it.
  QString labelVi() const;
};

}  // namespace sohoi::server
