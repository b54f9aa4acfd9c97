#include "progress_csv.h"

#include "csv_writer.h"
#include "report_labels.h"

namespace sohoi::server {

namespace {

// Plain figures for a spreadsheet to compute with (no thousands separator).
QString plainNumber(double value) {
  return value == static_cast<double>(static_cast<qint64>(value)) ? QString::number(static_cast<qint64>(value))
                                                                  : QString::number(value, 'f', 2);
}

void addUnitRows(const ProgressReportData& report, const plan::UnitProgress& unit, CsvWriter* csv) {
  const QString asOf = csvDate(report.asOf);
  for (const plan::IndicatorProgress& progress : unit.indicators) {
    const plan::Indicator* indicator = report.plan.find(progress.indicatorId);
    const bool counted = progress.unitsTotal >= 0;
    csv->addRow({unit.unitId, unit.unitName, unitLevelLabelVi(unit.level), QString::number(progress.group),
                 progress.indicatorId, indicator ? indicator->titleVi : QString(), plainNumber(progress.value),
                 progress.hasTarget ? plainNumber(progress.target) : QString(),
                 valueUnitLabelVi(progress.valueUnit), counted ? QString::number(progress.unitsMet) : QString(),
                 counted ? QString::number(progress.unitsTotal) : QString(), plan::statusLabelVi(progress.status),
                 asOf});
  }
}

}  // namespace

QByteArray progressCsv(const ProgressReportData& report) {
  CsvWriter csv({QStringLiteral("Mã đơn vị"), QStringLiteral("Tên đơn vị"), QStringLiteral("Cấp"),
                 QStringLiteral("Nhóm chỉ tiêu"), QStringLiteral("Mã chỉ tiêu"), QStringLiteral("Chỉ tiêu"),
                 QStringLiteral("Kết quả"), QStringLiteral("Mục tiêu"), QStringLiteral("Đơn vị tính"),
                 QStringLiteral("Số đơn vị đạt"), QStringLiteral("Tổng số đơn vị"), QStringLiteral("Đánh giá"),
                 QStringLiteral("Tính đến ngày")});
  addUnitRows(report, report.unit, &csv);
  for (const plan::UnitProgress& child : report.unit.children) addUnitRows(report, child, &csv);
  return csv.bytes();
}

QString progressFileName(const ProgressReportData& report, const QString& extension) {
  QString name = QStringLiteral("tien-do-%1-%2").arg(report.unit.unitId).arg(report.period.year);
  if (report.period.quarter > 0) name += QStringLiteral("-q%1").arg(report.period.quarter);
  return name + QLatin1Char('.') + extension;
}

}  // namespace sohoi::server
