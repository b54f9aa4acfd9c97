#include "report_command.h"

#include "admin_output.h"

#include "report/progress_csv.h"
#include "report/progress_report_pdf.h"
#include "report/records_csv.h"
#include "report/records_export.h"

#include <QDir>
#include <QSaveFile>

namespace sohoi::server {

namespace {

const char* const kUsage =
    "Cần --unit ID|root --period YYYY [--quarter N] và --pdf FILE, --csv FILE hoặc --records DIR / "
    "Needs --unit ID|root --period YYYY [--quarter N] and --pdf FILE, --csv FILE or --records DIR";

// Whole or not at all: a report cut short by a full disk must not look like a finished one.
bool writeFile(const QString& path, const QByteArray& bytes, QTextStream& out, QTextStream& err) {
  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
    refuse(err, QStringLiteral("Không ghi được tệp %1: %2").arg(path, file.errorString()),
           QStringLiteral("Cannot write the file %1: %2").arg(path, file.errorString()));
    return false;
  }
  out << QStringLiteral("report: %1 (%2 bytes)").arg(path).arg(bytes.size()) << Qt::endl;
  return true;
}

int refused(const ReportProblem& problem, QTextStream& err) {
  err << problem.bilingual() << Qt::endl;
  return problem.reason == ReportRefusal::BadPeriod ? 2 : 1;
}

int writeProgress(Database& db, const QString& unit, const ReportPeriod& period, const QString& pdfPath,
                  const QString& csvPath, const QDate& today, QTextStream& out, QTextStream& err) {
  auto read = readProgressReport(db, unit, period, today);
  if (auto* problem = std::get_if<ReportProblem>(&read)) return refused(*problem, err);
  const ProgressReportData& report = std::get<ProgressReportData>(read);
  if (!csvPath.isEmpty() && !writeFile(csvPath, progressCsv(report), out, err)) return 1;
  if (pdfPath.isEmpty()) return 0;
  QString error;
  const std::optional<QByteArray> pdf = progressReportPdf(report, &error);
  if (!pdf) {
    err << error << Qt::endl;
    return 1;
  }
  return writeFile(pdfPath, *pdf, out, err) ? 0 : 1;
}

int writeRecords(Database& db, const QString& unit, const ReportPeriod& period, const QString& dirPath,
                 QTextStream& out, QTextStream& err) {
  auto read = readRecordsExport(db, unit, period);
  if (auto* problem = std::get_if<ReportProblem>(&read)) return refused(*problem, err);
  const RecordsExport& records = std::get<RecordsExport>(read);
  const QDir dir(dirPath);
  if (!dir.mkpath(QStringLiteral(".")))
    return refuse(err, QStringLiteral("Không tạo được thư mục %1").arg(dirPath),
                  QStringLiteral("Cannot create the folder %1").arg(dirPath));
  // Every kind, a header alone when it has no records: the folder always holds the same files.
  for (RecordKind kind : allRecordKinds())
    if (!writeFile(dir.filePath(recordsCsvFileName(kind)), recordsCsv(kind, records.of(kind), records.unitNames),
                   out, err))
      return 1;
  return 0;
}

}  // namespace

int writeReports(Database& db, const QHash<QString, QString>& options, const QDate& today, QTextStream& out,
                 QTextStream& err) {
  const QString unit = options.value(QStringLiteral("unit"));
  const QString pdf = options.value(QStringLiteral("pdf"));
  const QString csv = options.value(QStringLiteral("csv"));
  const QString records = options.value(QStringLiteral("records"));
  bool yearOk = false, quarterOk = true;
  ReportPeriod period;
  period.year = options.value(QStringLiteral("period")).toInt(&yearOk);
  if (options.contains(QStringLiteral("quarter")))
    period.quarter = options.value(QStringLiteral("quarter")).toInt(&quarterOk);
  if (unit.isEmpty() || !yearOk || !quarterOk || (pdf.isEmpty() && csv.isEmpty() && records.isEmpty())) {
    err << kUsage << Qt::endl;
    return 2;
  }
  // On the command line the year is said by leaving --quarter out, so 0 is as wrong as 5.
  if (options.contains(QStringLiteral("quarter")) && (period.quarter < 1 || period.quarter > 4)) {
    err << QStringLiteral("Quý phải từ 1 đến 4, không phải %1 / The quarter must be 1 to 4, not %1")
               .arg(options.value(QStringLiteral("quarter")))
        << Qt::endl;
    return 2;
  }
  if (!pdf.isEmpty() || !csv.isEmpty()) {
    if (const int code = writeProgress(db, unit, period, pdf, csv, today, out, err)) return code;
  }
  return records.isEmpty() ? 0 : writeRecords(db, unit, period, records, out, err);
}

}  // namespace sohoi::server
