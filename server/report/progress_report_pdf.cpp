#include "progress_report_pdf.h"

#include "pdf_document.h"
#include "report_labels.h"

#include <algorithm>

namespace sohoi::server {

namespace {

QString escaped(const QString& text) { return text.toHtmlEscaped(); }

QString placeName(const QString& provinceName) {
  for (const QString& level : {QStringLiteral("Tỉnh "), QStringLiteral("Thành phố ")})
    if (provinceName.startsWith(level)) return provinceName.mid(level.size());
  return provinceName;
}

// The heading block: issuing body and number on the left, motto and place-date line on the right.
QString headingHtml(const ProgressReportData& report) {
  const QString body = QStringLiteral("HỘI LHPN ") + report.provinceName.toUpper();
  return QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" style=\"font-size:12pt\">"
             "<tr><td width=\"42%\" align=\"center\">%1<br/><b>BAN CHẤP HÀNH</b><br/>———</td>"
             "<td width=\"58%\" align=\"center\"><b>CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>"
             "<b>Độc lập - Tự do - Hạnh phúc</b><br/>———————</td></tr>"
             "<tr><td align=\"center\">Số:&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;/BC-BCH</td>"
             "<td align=\"center\"><i>%2</i></td></tr></table>")
      .arg(escaped(body), escaped(placeDateLine(report.provinceName, report.asOf)));
}

QString titleHtml(const ProgressReportData& report) {
  const bool province = report.unit.level == UnitLevel::Province;
  return QStringLiteral("<p align=\"center\"><br/><b>BÁO CÁO</b><br/><b>Kết quả thực hiện các chỉ tiêu %1%2</b>"
                        "<br/><i>(số liệu tính đến ngày %3)</i></p>")
      .arg(escaped(report.period.labelVi()),
           province ? QString() : QStringLiteral(" của ") + escaped(report.unit.unitName),
           report.asOf.toString(QStringLiteral("dd/MM/yyyy")));
}

QString introHtml(const ProgressReportData& report) {
  int judged = 0, met = 0;
  for (const plan::IndicatorProgress& progress : report.unit.indicators) {
    if (progress.status == plan::Status::NotApplicable) continue;
    ++judged;
    if (progress.status == plan::Status::Met) ++met;
  }
  return QStringLiteral("<p>Thực hiện %1, Ban Chấp hành báo cáo kết quả thực hiện các chỉ tiêu %2 của %3 "
                        "như sau: đạt %4/%5 chỉ tiêu được đánh giá.</p>")
      .arg(escaped(report.plan.titleVi), escaped(report.period.labelVi()), escaped(report.unit.unitName))
      .arg(met)
      .arg(judged);
}

QString letterOf(int index) { return QString(QChar(u'a' + index % 26)) + QLatin1Char(')'); }

QString cellHtml(const plan::IndicatorProgress& progress) {
  QString cell = escaped(figureWithTargetVi(progress));
  if (progress.status != plan::Status::NotApplicable)
    cell += QStringLiteral("<br/>") + escaped(plan::statusLabelVi(progress.status));
  return cell;
}

// The section of one target group: its indicators with the unit's figures, then a table by child unit.
QString sectionHtml(const ProgressReportData& report, int group, const QString& heading) {
  QString html = QStringLiteral("<p><b>%1</b></p>").arg(escaped(heading));
  std::vector<size_t> columns;  // indexes into the unit's indicators
  for (size_t i = 0; i < report.unit.indicators.size(); ++i)
    if (report.unit.indicators[i].group == group) columns.push_back(i);
  if (columns.empty()) return html + QStringLiteral("<p>Kế hoạch không có chỉ tiêu thuộc nhóm này.</p>");
  for (size_t c = 0; c < columns.size(); ++c) {
    const plan::IndicatorProgress& progress = report.unit.indicators[columns[c]];
    const plan::Indicator* indicator = report.plan.find(progress.indicatorId);
    html += QStringLiteral("<p>%1 %2: <b>%3</b>%4</p>")
                .arg(letterOf(static_cast<int>(c)), escaped(indicator ? indicator->titleVi : progress.indicatorId),
                     escaped(figureWithTargetVi(progress)),
                     progress.status == plan::Status::NotApplicable
                         ? QString()
                         : QStringLiteral(" — ") + escaped(plan::statusLabelVi(progress.status)));
  }
  if (report.unit.children.empty()) return html;
  html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                         "style=\"font-size:10pt; border-collapse:collapse\"><tr><th>TT</th><th>Đơn vị</th>");
  for (size_t c = 0; c < columns.size(); ++c) html += QStringLiteral("<th>%1</th>").arg(letterOf(static_cast<int>(c)));
  html += QStringLiteral("</tr>");
  int row = 0;
  for (const plan::UnitProgress& child : report.unit.children) {
    html += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td>").arg(++row).arg(escaped(child.unitName));
    for (size_t column : columns)
      html += QStringLiteral("<td align=\"center\">%1</td>")
                  .arg(column < child.indicators.size() ? cellHtml(child.indicators[column]) : QString());
    html += QStringLiteral("</tr>");
  }
  return html + QStringLiteral("</table><p></p>");
}

QString closingHtml() {
  return QStringLiteral(
      "<p>Trên đây là báo cáo kết quả thực hiện các chỉ tiêu./.</p><br/>"
      "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"
      "<td width=\"50%\" style=\"font-size:11pt\"><b><i>Nơi nhận:</i></b><br/>"
      "- Thường trực Hội LHPN tỉnh;<br/>- Các đồng chí Ủy viên Ban Chấp hành;<br/>"
      "- Hội LHPN các huyện, thị xã, thành phố;<br/>- Lưu: VT, VP.</td>"
      "<td width=\"50%\" align=\"center\"><b>TM. BAN CHẤP HÀNH<br/>CHỦ TỊCH</b></td></tr></table>");
}

}  // namespace

QString placeDateLine(const QString& provinceName, const QDate& day) {
  return QStringLiteral("%1, ngày %2 tháng %3 năm %4")
      .arg(placeName(provinceName), day.toString(QStringLiteral("dd")),
           day.month() < 3 ? day.toString(QStringLiteral("MM")) : QString::number(day.month()))
      .arg(day.year());
}

std::optional<QByteArray> progressReportPdf(const ProgressReportData& report, QString* error) {
  QString html = headingHtml(report) + titleHtml(report) + introHtml(report);
  for (int group = 1; group <= kTargetGroups; ++group)
    html += sectionHtml(report, group, QStringLiteral("%1. %2").arg(group).arg(targetGroupTitleVi(group)));
  // Items outside the ten groups (the committee's contributions) follow, unnumbered, when the plan has any.
  const auto& indicators = report.unit.indicators;
  if (std::any_of(indicators.begin(), indicators.end(), [](const auto& each) { return each.group == 0; }))
    html += sectionHtml(report, 0, targetGroupTitleVi(0));
  html += closingHtml();
  return pdfFromHtml(html, QStringLiteral("Báo cáo kết quả thực hiện các chỉ tiêu %1").arg(report.period.labelVi()),
                     error);
}

}  // namespace sohoi::server
