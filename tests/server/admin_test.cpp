// sohoi-admin's commands and the org tree file.
#include "admin_run.h"
#include "server_fixture.h"
#include "test_database.h"

#include "admin/tree_file.h"
#include "storage/org_unit_repository.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::admin;
using sohoi::server::test::AdminRun;
using sohoi::server::test::ServerFixture;

namespace {

const QByteArray kHeader = "code,level,type,name,parent_code\n";

}  // namespace

TEST_CASE("load-tree refuses an unknown parent with its line") {
  const TreeFile file = TreeFile::parse(kHeader + "19,province,Tỉnh,Tỉnh Thái Nguyên,\n"
                                                  "164,district,Thành phố,Thành phố Thái Nguyên,19\n"
                                                  "05449,commune,Phường,Phường Quán Triều,999\n",
                                        OrgTree());
  REQUIRE_FALSE(file.ok());
  CHECK(file.errorLine == 4);
  CHECK(file.error.contains(QStringLiteral("999")));
  CHECK(file.error.contains(QStringLiteral("Line 4")));
}

TEST_CASE("load-tree refuses a cycle with its line") {
  const TreeFile file = TreeFile::parse(kHeader + "19,province,Tỉnh,Tỉnh,\n"
                                                  "A,district,x,A,B\n"
                                                  "B,district,x,B,A\n",
                                        OrgTree());
  REQUIRE_FALSE(file.ok());
  CHECK(file.errorLine == 3);
  CHECK(file.error.contains(QStringLiteral("cycle")));
}

TEST_CASE("load-tree refuses an unknown level") {
  const TreeFile file = TreeFile::parse(kHeader + "19,state,Tỉnh,Tỉnh,\n", OrgTree());
  REQUIRE_FALSE(file.ok());
  CHECK(file.errorLine == 2);
}

TEST_CASE("the shipped Thái Nguyên tree loads with materialized paths") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  const AdminRun run = admin({QStringLiteral("--db"), spec, QStringLiteral("load-tree"),
                         QStringLiteral(SOHOI_SOURCE_DIR "/data/thai-nguyen-units-2021.csv")});
  INFO(run.err.toStdString());
  REQUIRE(run.code == 0);
  auto db = ServerFixture::openOrFail(spec);
  Transaction tx(*db, Transaction::Mode::Read);
  OrgUnitRepository units(tx);
  CHECK(units.count() == 188);
  CHECK(units.path(QStringLiteral("05449")) == QStringLiteral("/19/164/05449/"));
}

TEST_CASE("demo loads a small province into an empty database only") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  const AdminRun first = admin({QStringLiteral("--db"), spec, QStringLiteral("demo"), QStringLiteral("--small")});
  CHECK(first.code == 0);
  CHECK(first.out.contains(QStringLiteral("12 branches")));
  const AdminRun second = admin({QStringLiteral("--db"), spec, QStringLiteral("demo"), QStringLiteral("--small")});
  CHECK(second.code == 1);
  CHECK(second.err.contains(QStringLiteral("empty")));
}

TEST_CASE("on PostgreSQL, a demo load leaves the planner statistics of what it loaded") {
  if (!testing::testsOnPostgres()) return;  // SQLite plans without them
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("a.db")));
  REQUIRE(admin({QStringLiteral("--db"), spec, QStringLiteral("demo"), QStringLiteral("--small")}).code == 0);
  auto db = ServerFixture::openOrFail(spec);
  QSqlQuery analysed =
      sql::run(db->connection(),
               QStringLiteral("SELECT COUNT(*) FROM pg_stats WHERE tablename IN ('org_units', 'versions')"));
  REQUIRE(analysed.next());
  CHECK(analysed.value(0).toInt() > 0);
}

TEST_CASE("issue-code prints a code that enrols a device, and devices lists it") {
  ServerFixture f;
  const QString spec = f.dbSpec();
  const AdminRun issued = admin({QStringLiteral("--db"), spec, QStringLiteral("issue-code"), QStringLiteral("--unit"),
                            QStringLiteral("05449-2"), QStringLiteral("--person"), QStringLiteral("Lê Thị Mai"),
                            QStringLiteral("--role"), QStringLiteral("member")});
  REQUIRE(issued.code == 0);
  const Result<EnrolledDevice> enrolled = f.enrolment.enrol(issued.out.trimmed(), QStringLiteral("tablet"));
  REQUIRE(enrolled.ok());
  const AdminRun devices = admin({QStringLiteral("--db"), spec, QStringLiteral("devices")});
  CHECK(devices.code == 0);
  CHECK(devices.out.contains(enrolled.value().device.id));
  CHECK(devices.out.contains(QStringLiteral("Lê Thị Mai")));
  const AdminRun revoked = admin({QStringLiteral("--db"), spec, QStringLiteral("revoke"), enrolled.value().device.id});
  CHECK(revoked.code == 0);
  CHECK(f.enrolment.authenticate(enrolled.value().credential).error().code == ReasonCode::Revoked);
}

TEST_CASE("admin refuses an unknown role and an unknown command") {
  ServerFixture f;
  const QString spec = f.dbSpec();
  const AdminRun role = admin({QStringLiteral("--db"), spec, QStringLiteral("issue-code"), QStringLiteral("--unit"),
                          QStringLiteral("05449"), QStringLiteral("--person"), QStringLiteral("A"),
                          QStringLiteral("--role"), QStringLiteral("king")});
  CHECK(role.code == 2);
  CHECK(role.err.contains(QStringLiteral("king")));
  CHECK(admin({QStringLiteral("--db"), spec, QStringLiteral("dance")}).code == 2);
}

TEST_CASE("conflicts lists the kept copy of a reused version id") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const RecordVersion original = ServerFixture::newActivity(QStringLiteral("05449-1"));
  RecordVersion reused = original;
  reused.fields.insert(QStringLiteral("title"), QStringLiteral("Bản khác"));
  f.push(device, {ServerFixture::item(1, original), ServerFixture::item(2, reused)});
  const AdminRun run = admin({QStringLiteral("--db"), f.dbSpec(), QStringLiteral("conflicts")});
  CHECK(run.code == 0);
  CHECK(run.out.contains(QStringLiteral("Bản khác")));
  CHECK(run.out.contains(original.versionId));
}
