// The progress report PDF, read back with poppler as a person's viewer reads it: the administrative layout's
// parts are there as text, the page is A4 with the left margin clear, and the Vietnamese font travels with it.
#include "report_demo.h"

#include "../admin_run.h"

#include "report/report_labels.h"

#include <QDir>
#include <QImage>
#include <QRegularExpression>
#include <catch2/catch.hpp>

using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

// The province's 2021 report, written by sohoi-admin report.
QString provincePdf(const QStringList& extra = {}) {
  const QString path = QDir(reportScratchFolder()).filePath(QStringLiteral("report.pdf"));
  const AdminRun run = admin(QStringList{"--db", reportDemoDatabase(), "report", "--unit", "root", "--period", "2021",
                                         "--pdf", path} +
                             extra);
  INFO(run.err.toStdString());
  REQUIRE(run.code == 0);
  return path;
}

QString textOf(const QString& pdf) { return runPoppler(QStringLiteral("pdftotext"), {"-layout", pdf, "-"}); }

}  // namespace

TEST_CASE("the progress report reads as an administrative document: body, motto, place and date, recipients") {
  const QString text = textOf(provincePdf());
  CHECK(text.contains(QStringLiteral("HỘI LHPN TỈNH THÁI NGUYÊN")));
  CHECK(text.contains(QStringLiteral("BAN CHẤP HÀNH")));
  CHECK(text.contains(QStringLiteral("/BC-BCH")));
  CHECK(text.contains(QStringLiteral("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
  CHECK(text.contains(QStringLiteral("Độc lập - Tự do - Hạnh phúc")));
  CHECK(text.contains(QStringLiteral("Thái Nguyên, ngày 31 tháng 12 năm 2021")));
  CHECK(text.contains(QStringLiteral("Kết quả thực hiện các chỉ tiêu năm 2021")));
  CHECK(text.contains(QStringLiteral("Nơi nhận:")));
  CHECK(text.contains(QStringLiteral("TM. BAN CHẤP HÀNH")));
}

TEST_CASE("the progress report has ten numbered sections, one per target group, each with a table by district") {
  const QString text = textOf(provincePdf());
  for (int group = 1; group <= kTargetGroups; ++group) {
    INFO(group);
    const QString opening = targetGroupTitleVi(group).section(QLatin1Char(' '), 0, 2);
    const QRegularExpression heading(QStringLiteral("^\\s*%1\\. %2").arg(group).arg(QRegularExpression::escape(opening)),
                                     QRegularExpression::MultilineOption);
    CHECK(text.contains(heading));
  }
  CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("^\\s*11\\. "), QRegularExpression::MultilineOption)));
  // Every district is a row of every section's table.
  CHECK(text.count(QStringLiteral("Huyện Định Hóa")) == kTargetGroups);
}

TEST_CASE("a quarter's report is titled for the quarter and dated its last day") {
  const QString text = textOf(provincePdf({"--quarter", "1"}));
  CHECK(text.contains(QStringLiteral("quý I năm 2021")));
  CHECK(text.contains(QStringLiteral("Thái Nguyên, ngày 31 tháng 3 năm 2021")));
}

TEST_CASE("the report's first page renders as an A4 page with the left margin clear") {
  const QString pdf = provincePdf();
  const QString prefix = QDir(reportScratchFolder()).filePath(QStringLiteral("page"));
  runPoppler(QStringLiteral("pdftoppm"), {"-r", "72", "-f", "1", "-l", "1", "-singlefile", "-png", pdf, prefix});
  const QImage page(prefix + QStringLiteral(".png"));
  REQUIRE_FALSE(page.isNull());
  // A4 is 210 × 297 mm: 595.3 × 841.9 points, one pixel each at 72 dpi.
  CHECK(std::abs(page.width() - 595) <= 1);
  CHECK(std::abs(page.height() - 842) <= 1);
  int inkInMargin = 0, ink = 0;
  const int margin = 30 * 72 / 25.4 - 2;  // 30 mm, less a little for anti-aliasing
  for (int y = 0; y < page.height(); ++y)
    for (int x = 0; x < page.width(); ++x) {
      if (qGray(page.pixel(x, y)) > 160) continue;
      ++ink;
      if (x < margin) ++inkInMargin;
    }
  CHECK(ink > 5000);  // the page has text on it
  CHECK(inkInMargin == 0);
}

TEST_CASE("the Vietnamese font is embedded in the report") {
  const QStringList lines = runPoppler(QStringLiteral("pdffonts"), {provincePdf()}).split('\n', Qt::SkipEmptyParts);
  REQUIRE(lines.size() > 2);  // two header lines, then one per font
  for (const QString& line : lines.mid(2)) {
    INFO(line.toStdString());
    const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    CHECK(columns.first().startsWith(QStringLiteral("NotoSerif")));
    CHECK(columns.at(columns.size() - 5) == QStringLiteral("yes"));  // emb, then sub, uni, object, generation
  }
}
