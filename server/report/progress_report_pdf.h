#pragma once
// The progress report as a PDF in the layout of a Vietnamese administrative document, as the seed's
// notice is laid out: the issuing body in capitals over "BAN CHẤP HÀNH" and the number and symbol on the
// left; the national motto and the place-date line on the right; the title; one numbered section per
// target group (1–10) with its indicators, figures and a table by the units below the report's unit (the
// districts, for the province); then "Nơi nhận" (recipients) and the signature block.
#include "progress_report_data.h"

#include <QByteArray>
#include <optional>

namespace sohoi::server {

/// The PDF bytes; nullopt and *error (bilingual) when this process cannot lay out documents.
std::optional<QByteArray> progressReportPdf(const ProgressReportData& report, QString* error);

/// "Thái Nguyên, ngày 05 tháng 02 năm 2021": the place (the province's name without "Tỉnh") and the day,
/// with the leading zeros the convention asks for (days below 10, months January and February).
QString placeDateLine(const QString& provinceName, const QDate& day);

}  // namespace sohoi::server
