// sohoi-export-bench: the reports at province scale (the numbers, printed, never judged here).
//   progress_read_ms        the province's progress with its districts, from scratch (readProgressReport)
//   province_pdf_ms         that report laid out and written as PDF (pages, bytes)
//   province_pdf_total_ms   both: what sohoi-admin report --pdf and ExportReport spend (target < 3 s)
//   records_read_ms         the year's records of the whole province, read and grouped by kind
//   records_csv_ms          every kind's CSV file of them (target: 100,000 records < 3 s with the read)
// Usage: sohoi-export-bench [--records-per-branch 70]   (70: about 105,000 records of 2021 to export)
#include "admin/admin_commands.h"
#include "report/headless_gui.h"
#include "report/progress_report_pdf.h"
#include "report/records_csv.h"
#include "report/records_export.h"
#include "storage/database.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace sohoi;
using namespace sohoi::server;

int main(int argc, char* argv[]) {
  useOffscreenPlatform();
  QGuiApplication app(argc, argv);
  QTextStream out(stdout), err(stderr);
  QString perBranch = QStringLiteral("70");
  const QStringList args = app.arguments().mid(1);
  if (args.size() == 2 && args[0] == QLatin1String("--records-per-branch")) perBranch = args[1];
  QTemporaryDir dir;
  const QString spec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("export.db"));
  QString demoOutput;
  QTextStream demoOut(&demoOutput);
  if (runAdminCommand({"--db", spec, "demo", "--records-per-branch", perBranch}, demoOut, err) != 0) return 1;
  demoOut.flush();
  out << QStringLiteral("sohoi-export-bench (%1 build): %2").arg(QStringLiteral(SOHOI_BUILD_TYPE), demoOutput.trimmed())
      << Qt::endl;
  QString error;
  std::unique_ptr<Database> db = Database::open(spec, &error);
  if (!db) return 1;

  QElapsedTimer clock;
  clock.start();
  auto read = readProgressReport(*db, QStringLiteral("root"), ReportPeriod{2021, 0}, QDate(2022, 1, 15));
  const qint64 readMs = clock.restart();
  if (auto* problem = std::get_if<ReportProblem>(&read)) {
    err << problem->bilingual() << Qt::endl;
    return 1;
  }
  const std::optional<QByteArray> pdf = progressReportPdf(std::get<ProgressReportData>(read), &error);
  const qint64 pdfMs = clock.restart();
  if (!pdf) return 1;
  out << QStringLiteral("progress_read_ms %1").arg(readMs) << Qt::endl;
  out << QStringLiteral("province_pdf_ms %1 (%2 bytes, %3 districts)")
             .arg(pdfMs)
             .arg(pdf->size())
             .arg(std::get<ProgressReportData>(read).unit.children.size())
      << Qt::endl;
  out << QStringLiteral("province_pdf_total_ms %1 (target < 3000)").arg(readMs + pdfMs) << Qt::endl;

  clock.restart();
  auto records = readRecordsExport(*db, QStringLiteral("root"), ReportPeriod{2021, 0});
  const qint64 recordsReadMs = clock.restart();
  if (std::holds_alternative<ReportProblem>(records)) return 1;
  const RecordsExport& exported = std::get<RecordsExport>(records);
  qint64 bytes = 0, rows = 0;
  for (const auto& [kind, list] : exported.byKind) {
    bytes += recordsCsv(kind, list, exported.unitNames).size();
    rows += static_cast<qint64>(list.size());
  }
  const qint64 csvMs = clock.elapsed();
  out << QStringLiteral("records_read_ms %1 (%2 records)").arg(recordsReadMs).arg(rows) << Qt::endl;
  out << QStringLiteral("records_csv_ms %1 (%2 bytes)").arg(csvMs).arg(bytes) << Qt::endl;
  out << QStringLiteral("records_total_ms %1 (target < 3000 for 100,000 records)").arg(recordsReadMs + csvMs)
      << Qt::endl;
  return 0;
}
