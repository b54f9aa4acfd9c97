// The workspace's report export (ReportExporter), fed by a fake server call: where files are saved, under
// which names, one per kind for records, never over an existing file; the wire is tested in
// tests/integration/report_client_test.cpp.
#include "fake_report_server.h"
#include "report_exporter.h"
#include "test_store.h"

#include "auth/record_permissions.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::app;

namespace {

struct ExportFixture {
  test::DemoApp demo{false};
  QTemporaryDir folder;
  test::FakeReportServer server;
  ReportExporter exporter;
  std::vector<double> progressSeen;

  ExportFixture() {
    demo.moveTo(QStringLiteral("164"));  // district staff at TP Thái Nguyên
    exporter.setManager(demo.manager());
    exporter.setExporter(server.exporter());
    exporter.setFolder(folder.path());
    QObject::connect(&exporter, &ReportExporter::progressChanged,
                     [this] { progressSeen.push_back(exporter.progress()); });
  }

  void exportAndWait() {
    QSignalSpy busy(&exporter, &ReportExporter::busyChanged);
    exporter.exportNow();
    REQUIRE(exporter.busy());
    while (exporter.busy()) REQUIRE(busy.wait(5000));  // a failure guard: the fake answers at once
  }

  QByteArray read(const QString& path) const {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
  }
};

std::vector<RecordKind> recordsKinds() {
  std::vector<RecordKind> kinds;
  for (RecordKind kind : allRecordKinds())
    if (!isDecisionKind(kind)) kinds.push_back(kind);
  return kinds;
}

}  // namespace

TEST_CASE("the report picker offers the account's unit and those below it down to communes, and the plan's year") {
  ExportFixture f;
  QStringList ids;
  for (const QVariant& unit : f.exporter.units()) ids << unit.toMap().value("id").toString();
  CHECK(ids == QStringList{"164", "05449"});  // the branch below the commune is not offered
  CHECK(f.exporter.units().front().toMap().value("level").toInt() == 2);
  CHECK(f.exporter.unitId() == QStringLiteral("164"));
  CHECK(f.exporter.year() == 2021);  // the demo store holds the 2021 plan
  CHECK(f.exporter.quarter() == 0);
  CHECK(f.exporter.format() == QStringLiteral("pdf"));
}

TEST_CASE("a PDF export is saved in the folder under the server's file name, and progress reaches 1") {
  ExportFixture f;
  f.exporter.setUnitId(QStringLiteral("05449"));
  f.exportAndWait();
  INFO(f.exporter.error().toStdString());
  CHECK(f.exporter.error().isEmpty());
  const QString expected = QDir(f.folder.path()).filePath(QStringLiteral("tien-do-05449-2021.pdf"));
  CHECK(f.exporter.savedPath() == expected);
  CHECK(f.read(expected) == QByteArray("%PDF-1.4 báo cáo %%EOF"));
  REQUIRE(f.server.asked.size() == 1);
  CHECK(f.server.asked[0].unitId == QStringLiteral("05449"));
  CHECK(f.server.asked[0].year == 2021);
  CHECK(f.server.asked[0].format == client::ExportFormat::Pdf);
  CHECK(f.exporter.progress() == 1.0);
  CHECK(std::is_sorted(f.progressSeen.begin(), f.progressSeen.end()));
  CHECK(std::any_of(f.progressSeen.begin(), f.progressSeen.end(),
                    [](double seen) { return seen > 0 && seen < 1; }));
}

TEST_CASE("a records export writes one file per record kind into a folder of its own") {
  ExportFixture f;
  f.exporter.setFormat(QStringLiteral("records_csv"));
  f.exporter.setQuarter(2);
  f.exportAndWait();
  INFO(f.exporter.error().toStdString());
  REQUIRE(f.exporter.error().isEmpty());
  const QDir records(QDir(f.folder.path()).filePath(QStringLiteral("ho-so-164-2021-q2")));
  CHECK(f.exporter.savedPath() == records.path());
  const std::vector<RecordKind> kinds = recordsKinds();
  CHECK(records.entryList(QDir::Files).size() == static_cast<qsizetype>(kinds.size()));
  for (RecordKind kind : kinds)
    CHECK(QFile::exists(records.filePath(recordKindName(kind) + QStringLiteral(".csv"))));
  CHECK_FALSE(QFile::exists(records.filePath(QStringLiteral("review_decision.csv"))));
  REQUIRE(f.server.asked.size() == kinds.size());
  for (const client::ExportRequest& request : f.server.asked) CHECK(request.quarter == 2);
  CHECK(f.exporter.progress() == 1.0);
  CHECK(std::is_sorted(f.progressSeen.begin(), f.progressSeen.end()));
  CHECK(f.progressSeen.size() > kinds.size());  // it moves with every file, not only at the end
}

TEST_CASE("an export never overwrites a file already in the folder: the new one is saved beside it") {
  ExportFixture f;
  const QString earlier = QDir(f.folder.path()).filePath(QStringLiteral("tien-do-164-2021.pdf"));
  {
    QFile file(earlier);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("last week's report");
  }
  f.exportAndWait();
  CHECK(f.read(earlier) == QByteArray("last week's report"));
  CHECK(f.exporter.savedPath() == QDir(f.folder.path()).filePath(QStringLiteral("tien-do-164-2021 (2).pdf")));
  CHECK(f.read(f.exporter.savedPath()).startsWith("%PDF"));
  f.exporter.setFormat(QStringLiteral("records_csv"));
  f.exportAndWait();
  f.exportAndWait();
  CHECK(f.exporter.savedPath() == QDir(f.folder.path()).filePath(QStringLiteral("ho-so-164-2021 (2)")));
}

TEST_CASE("a refused export shows the server's words and leaves nothing half-saved") {
  ExportFixture f;
  f.server.refusal = client::RpcError{false, 9, ReasonCode::None, QStringLiteral("NO_PLAN"),
                                      QStringLiteral("Chưa có kế hoạch năm 2022"), QStringLiteral("No plan for 2022")};
  f.exportAndWait();
  CHECK(f.exporter.error() == QStringLiteral("Chưa có kế hoạch năm 2022"));
  CHECK(f.exporter.savedPath().isEmpty());

  f.server.refuseFromCall = 3;  // records: three kinds arrive, then the server refuses
  f.exporter.setFormat(QStringLiteral("records_csv"));
  f.exportAndWait();
  CHECK(f.exporter.error() == QStringLiteral("Chưa có kế hoạch năm 2022"));
  CHECK(QDir(f.folder.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot).isEmpty());
}

TEST_CASE("the folder reports are saved in is remembered for the next time") {
  QTemporaryDir settings;
  const QString file = QDir(settings.path()).filePath(QStringLiteral("settings.ini"));
  {
    ReportExporter first;
    first.setSettingsFile(file);
    CHECK(first.folder().endsWith(QStringLiteral("Sổ Hội")));
    first.setFolder(QStringLiteral("/srv/bao-cao"));
  }
  ReportExporter next;
  next.setSettingsFile(file);
  CHECK(next.folder() == QStringLiteral("/srv/bao-cao"));
}
