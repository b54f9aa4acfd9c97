#pragma once
// What the progress report (PDF and CSV) shows, read from the database: the plan, the unit's progress with
// its children one level down (the districts, for the province), computed from scratch as of the period's
// last day, and the province's name for the issuing body and the place line.
#include "report_period.h"
#include "report_request.h"

#include "plan/plan.h"
#include "plan/progress.h"

#include <QDate>
#include <variant>

namespace sohoi::server {

class Database;

struct ProgressReportData {
  plan::Plan plan;
  ReportPeriod period;
  QDate asOf;            // the day the figures are read for; the report is dated that day
  QString provinceName;  // "Tỉnh Thái Nguyên": the root of the tree
  plan::UnitProgress unit;
};

/// The report for unitSpec (an id or "root") over period; a problem when the period is not usable, the
/// unit unknown, or no plan of the period's year is loaded. today: the server's date (decides asOf while
/// the period runs). Throws StorageError.
std::variant<ProgressReportData, ReportProblem> readProgressReport(Database& database, const QString& unitSpec,
                                                                   const ReportPeriod& period, const QDate& today);

}  // namespace sohoi::server
