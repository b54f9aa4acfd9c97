// The CSV exports parse back, as Excel reads them, with the same rows, the BOM, Vietnamese headers,
// diacritics intact and dates as dd/mm/yyyy.
#include "csv_reader.h"
#include "report_demo.h"

#include "../admin_run.h"

#include "report/records_csv.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using namespace sohoi::server::test;

namespace {

QByteArray readAll(const QString& path) {
  QFile file(path);
  REQUIRE(file.open(QIODevice::ReadOnly));
  return file.readAll();
}

plan::RecordView activity(const QString& id, const QString& title, const QDate& date, int women) {
  plan::RecordView record;
  record.recordId = id;
  record.kind = RecordKind::Activity;
  record.unitId = QStringLiteral("05449-1");
  record.fields = {{"kind", 1}, {"title", title}, {"date", date}, {"participants_women", women},
                   {"place", QStringLiteral("Nhà văn hóa xóm Đồng Bẩm")}};
  return record;
}

}  // namespace

TEST_CASE("a records CSV parses back with the same rows, diacritics intact and dates as dd/mm/yyyy") {
  const std::vector<plan::RecordView> records{
      activity("a1", QStringLiteral("Tuyên truyền về chủ quyền biển, đảo"), QDate(2021, 3, 8), 42),
      activity("a2", QStringLiteral("Nói chuyện \"Gia đình 5 không, 3 sạch\"\nbuổi 2"), QDate(2021, 10, 20), 0)};
  const CsvTable table = readCsv(recordsCsv(RecordKind::Activity, records, {{"05449-1", "Chi hội 1"}}));
  CHECK(table.hadBom);
  REQUIRE(table.rows.size() == 3);
  const QStringList& header = table.rows[0];
  CHECK(header.mid(0, 3) == QStringList{"Mã hồ sơ", "Mã đơn vị", "Đơn vị"});
  CHECK(header.contains(QStringLiteral("Tên hoạt động")));
  CHECK(header.contains(QStringLiteral("Số phụ nữ tham gia")));
  const qsizetype title = header.indexOf(QStringLiteral("Tên hoạt động"));
  const qsizetype date = header.indexOf(QStringLiteral("Ngày"));
  const qsizetype place = header.indexOf(QStringLiteral("Địa điểm"));
  for (size_t i = 0; i < records.size(); ++i) {
    const QStringList& row = table.rows[i + 1];
    REQUIRE(row.size() == header.size());
    CHECK(row[0] == records[i].recordId);
    CHECK(row[2] == QStringLiteral("Chi hội 1"));
    CHECK(row[title] == records[i].fields.value("title").toString());
    CHECK(row[place] == QStringLiteral("Nhà văn hóa xóm Đồng Bẩm"));
  }
  CHECK(table.rows[1][date] == QStringLiteral("08/03/2021"));
  CHECK(table.rows[2][date] == QStringLiteral("20/10/2021"));
}

TEST_CASE("a records CSV writes a choice in Vietnamese words, not the number the record stores") {
  std::vector<plan::RecordView> records{activity("a1", QStringLiteral("Đối thoại chính sách"), QDate(2021, 5, 4), 30)};
  records[0].fields["kind"] = 6;
  const CsvTable table = readCsv(recordsCsv(RecordKind::Activity, records, {}));
  REQUIRE(table.rows.size() == 2);
  const qsizetype kind = table.rows[0].indexOf(QStringLiteral("Loại hoạt động"));
  REQUIRE(kind >= 0);
  CHECK(table.rows[1][kind] == QStringLiteral("Dân chủ: đối thoại, diễn đàn"));
}

TEST_CASE("the progress CSV has a row per unit and indicator, with Vietnamese headers and the day it stands at") {
  const QString path = QDir(reportScratchFolder()).filePath(QStringLiteral("tien-do.csv"));
  const AdminRun run = admin({"--db", reportDemoDatabase(), "report", "--unit", "root", "--period", "2021",
                              "--quarter", "2", "--csv", path});
  INFO(run.err.toStdString());
  REQUIRE(run.code == 0);
  const CsvTable table = readCsv(readAll(path));
  CHECK(table.hadBom);
  REQUIRE(table.rows.size() > 1);
  const QStringList& header = table.rows[0];
  CHECK(header.first() == QStringLiteral("Mã đơn vị"));
  CHECK(header.contains(QStringLiteral("Đánh giá")));
  CHECK(header.last() == QStringLiteral("Tính đến ngày"));
  QHash<QString, int> rowsPerUnit;
  for (const QStringList& row : table.rows) {
    if (&row == &table.rows.front()) continue;
    REQUIRE(row.size() == header.size());
    CHECK(row.last() == QStringLiteral("30/06/2021"));
    ++rowsPerUnit[row[1]];
  }
  CHECK(rowsPerUnit.size() == 10);  // the province and its nine districts
  CHECK(rowsPerUnit.value(QStringLiteral("Tỉnh Thái Nguyên")) == rowsPerUnit.value(QStringLiteral("Huyện Định Hóa")));
}

TEST_CASE("the records export writes one file per kind with the period's records of the unit's subtree") {
  const QString folder = reportScratchFolder();
  const AdminRun run = admin({"--db", reportDemoDatabase(), "report", "--unit", "164", "--period", "2021",
                              "--quarter", "1", "--records", folder});
  INFO(run.err.toStdString());
  REQUIRE(run.code == 0);
  for (RecordKind kind : allRecordKinds()) CHECK(QFile::exists(QDir(folder).filePath(recordsCsvFileName(kind))));
  const CsvTable activities = readCsv(readAll(QDir(folder).filePath(QStringLiteral("activity.csv"))));
  REQUIRE(activities.rows.size() > 1);
  const qsizetype date = activities.rows[0].indexOf(QStringLiteral("Ngày"));
  for (size_t i = 1; i < activities.rows.size(); ++i) {
    const QStringList& row = activities.rows[i];
    const QDate day = QDate::fromString(row[date], QStringLiteral("dd/MM/yyyy"));
    CHECK(day >= QDate(2021, 1, 1));
    CHECK(day <= QDate(2021, 3, 31));
    CHECK_FALSE(row[2].isEmpty());  // a unit of Thành phố Thái Nguyên's, by name
  }
}
