#pragma once
// The progress report's figures as CSV for Excel (csv_writer.h): one row per unit (the report's unit, then
// each unit below it) and indicator, with Vietnamese headers, the figure, the target, the verdict and the
// day the figures stand at (dd/mm/yyyy).
#include "progress_report_data.h"

#include <QByteArray>

namespace sohoi::server {

QByteArray progressCsv(const ProgressReportData& report);

/// The file name sohoi-admin and the workspace offer: "tien-do-19-2021.csv", "tien-do-164-2021-q2.csv".
QString progressFileName(const ProgressReportData& report, const QString& extension);

}  // namespace sohoi::server
