#include "report_period.h"

#include <algorithm>

namespace sohoi::server {

namespace {

// Reports cover the years the record schema accepts (record_schema.cpp).
constexpr int kFirstYear = 2000, kLastYear = 2100;

}  // namespace

std::optional<ReportProblem> ReportPeriod::problem() const {
  if (quarter < 0 || quarter > 4)
    return ReportProblem{ReportRefusal::BadPeriod,
                         QStringLiteral("Quý phải từ 1 đến 4 (0: cả năm), không phải %1").arg(quarter),
                         QStringLiteral("The quarter must be 1 to 4 (0: the whole year), not %1").arg(quarter)};
  if (year < kFirstYear || year > kLastYear)
    return ReportProblem{
        ReportRefusal::BadPeriod,
        QStringLiteral("Năm báo cáo phải từ %1 đến %2, không phải %3").arg(kFirstYear).arg(kLastYear).arg(year),
        QStringLiteral("The report's year must be %1 to %2, not %3").arg(kFirstYear).arg(kLastYear).arg(year)};
  return std::nullopt;
}

plan::PeriodRange ReportPeriod::range() const {
  if (quarter == 0) return {QDate(year, 1, 1), QDate(year, 12, 31)};
  const QDate start(year, 3 * (quarter - 1) + 1, 1);
  return {start, start.addMonths(3).addDays(-1)};
}

QDate ReportPeriod::asOf(const QDate& today) const {
  const plan::PeriodRange days = range();
  return std::clamp(today, days.start, days.end);
}

QString ReportPeriod::labelVi() const {
  static const char* const kRoman[] = {"", "I", "II", "III", "IV"};
  const QString yearLabel = QStringLiteral("năm %1").arg(year);
  if (quarter < 1 || quarter > 4) return yearLabel;
  return QStringLiteral("quý %1 %2").arg(QLatin1String(kRoman[quarter]), yearLabel);
}

}  // namespace sohoi::server
