#include "report_demo.h"

#include "../admin_run.h"
#include "test_database.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

namespace sohoi::server::test {

namespace {

QTemporaryDir& folder() {
  static QTemporaryDir dir;
  return dir;
}

}  // namespace

QString reportDemoDatabase() {
  static const QString spec = [] {
    const QString db = testing::freshDatabaseSpec(folder().filePath(QStringLiteral("demo.db")));
    const AdminRun demo = admin({"--db", db, "demo", "--records-per-branch", "2"});
    INFO(demo.err.toStdString());
    REQUIRE(demo.code == 0);
    return db;
  }();
  return spec;
}

QString reportScratchFolder() {
  static int next = 0;
  const QString path = folder().filePath(QStringLiteral("t%1").arg(++next));
  REQUIRE(QDir().mkpath(path));
  return path;
}

QString runPoppler(const QString& tool, const QStringList& arguments) {
  const QString program = QStandardPaths::findExecutable(tool);
  if (program.isEmpty()) FAIL((tool + QStringLiteral(" not found: install poppler-utils (scripts/setup.sh)")).toStdString());
  QProcess process;
  process.start(program, arguments);
  REQUIRE(process.waitForFinished(60000));  // a failure guard, not a timing
  INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
  REQUIRE(process.exitCode() == 0);
  return QString::fromUtf8(process.readAllStandardOutput());
}

}  // namespace sohoi::server::test
