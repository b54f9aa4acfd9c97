#pragma once
// One report as a file to hand over (the ExportReport RPC): its name, content type and bytes, made by the
// same renderers sohoi-admin report writes with.
#include "report_period.h"
#include "report_request.h"

#include "domain/record_kind.h"

#include <QByteArray>
#include <QDate>
#include <variant>

namespace sohoi::server {

class Database;

enum class ReportFormat {
  Pdf,          // the progress report (progress_report_pdf.h)
  ProgressCsv,  // its figures (progress_csv.h)
  RecordsCsv,   // one kind's records (records_csv.h)
};

struct ReportFile {
  QString fileName;
  QByteArray contentType;
  QByteArray bytes;
};

/// The file for unitId over period; kind matters for RecordsCsv only. Throws StorageError.
std::variant<ReportFile, ReportProblem> makeReportFile(Database& database, const QString& unitId,
                                                       const ReportPeriod& period, ReportFormat format,
                                                       RecordKind kind, const QDate& today);

}  // namespace sohoi::server
