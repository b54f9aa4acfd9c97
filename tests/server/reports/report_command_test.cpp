// sohoi-admin report refuses, in Vietnamese and English, what it cannot make, and writes nothing then.
#include "report_demo.h"

#include "../admin_run.h"

#include <QDir>
#include <QFile>
#include <catch2/catch.hpp>

using namespace sohoi::server::test;

namespace {

AdminRun report(const QStringList& arguments) {
  return admin(QStringList{"--db", reportDemoDatabase(), "report"} + arguments);
}

}  // namespace

TEST_CASE("a report for a unit the tree does not have is refused") {
  const QString pdf = QDir(reportScratchFolder()).filePath(QStringLiteral("r.pdf"));
  const AdminRun run = report({"--unit", "99999", "--period", "2021", "--pdf", pdf});
  CHECK(run.code == 1);
  CHECK(run.err.contains(QStringLiteral("Không có đơn vị 99999 / No unit 99999")));
  CHECK_FALSE(QFile::exists(pdf));
}

TEST_CASE("a report for a year without a plan is refused") {
  const AdminRun run = report({"--unit", "root", "--period", "2023", "--csv", reportScratchFolder() + "/r.csv"});
  CHECK(run.code == 1);
  CHECK(run.err.contains(QStringLiteral("Không có kế hoạch năm 2023")));
  CHECK(run.err.contains(QStringLiteral("No plan for 2023")));
}

TEST_CASE("a quarter outside 1 to 4 is a usage error") {
  for (const char* quarter : {"0", "5"}) {
    const AdminRun run = report({"--unit", "root", "--period", "2021", "--quarter", quarter, "--csv",
                                 reportScratchFolder() + "/r.csv"});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("Quý phải từ 1 đến 4")));
    CHECK(run.err.contains(QStringLiteral("The quarter must be 1 to 4")));
  }
}

TEST_CASE("a report that cannot be written says which file") {
  const AdminRun run = report({"--unit", "root", "--period", "2021", "--csv", "/nonexistent-folder/r.csv"});
  CHECK(run.code == 1);
  CHECK(run.err.contains(QStringLiteral("Không ghi được tệp /nonexistent-folder/r.csv")));
  CHECK(run.err.contains(QStringLiteral("Cannot write the file /nonexistent-folder/r.csv")));
}

TEST_CASE("a report without an output is a usage error") {
  const AdminRun run = report({"--unit", "root", "--period", "2021"});
  CHECK(run.code == 2);
  CHECK(run.err.contains(QStringLiteral("--records DIR")));
}
