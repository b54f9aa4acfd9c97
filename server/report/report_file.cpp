#include "report_file.h"

#include "progress_csv.h"
#include "progress_report_pdf.h"
#include "records_csv.h"
#include "records_export.h"

namespace sohoi::server {

namespace {

const QByteArray kCsvType = QByteArrayLiteral("text/csv; charset=utf-8");

std::variant<ReportFile, ReportProblem> recordsFile(Database& database, const QString& unitId,
                                                    const ReportPeriod& period, RecordKind kind) {
  auto read = readRecordsExport(database, unitId, period);
  if (auto* problem = std::get_if<ReportProblem>(&read)) return *problem;
  const RecordsExport& records = std::get<RecordsExport>(read);
  return ReportFile{recordsCsvFileName(kind), kCsvType, recordsCsv(kind, records.of(kind), records.unitNames)};
}

}  // namespace

std::variant<ReportFile, ReportProblem> makeReportFile(Database& database, const QString& unitId,
                                                       const ReportPeriod& period, ReportFormat format,
                                                       RecordKind kind, const QDate& today) {
  if (format == ReportFormat::RecordsCsv) return recordsFile(database, unitId, period, kind);
  auto read = readProgressReport(database, unitId, period, today);
  if (auto* problem = std::get_if<ReportProblem>(&read)) return *problem;
  const ProgressReportData& report = std::get<ProgressReportData>(read);
  if (format == ReportFormat::ProgressCsv)
    return ReportFile{progressFileName(report, QStringLiteral("csv")), kCsvType, progressCsv(report)};
  QString error;
  std::optional<QByteArray> pdf = progressReportPdf(report, &error);
  if (!pdf) return ReportProblem{ReportRefusal::CannotRender, error, QString()};
  return ReportFile{progressFileName(report, QStringLiteral("pdf")), QByteArrayLiteral("application/pdf"),
                    std::move(*pdf)};
}

}  // namespace sohoi::server
