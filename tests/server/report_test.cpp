// Plans, baselines and progress through sohoi-admin; the tree's history in progress; ReportService's checks.
#include "admin_run.h"
#include "server_fixture.h"
#include "test_database.h"

#include "admin/demo_writer.h"
#include "admin/plan_commands.h"
#include "admin/tree_commands.h"
#include "report/progress_from_scratch.h"
#include "plan/plan_loader.h"
#include "rpc/server_runner.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

#include "schema_version.h"
#include "sohoi/v1/report.grpc.pb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <catch2/catch.hpp>
#include <grpcpp/grpcpp.h>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::admin;
using sohoi::server::test::AdminRun;
using sohoi::server::test::ServerFixture;

namespace {

const QString kPlan = QStringLiteral(SOHOI_SOURCE_DIR "/data/plans/thai-nguyen-2021.json");
const QDate kToday(2022, 1, 10);  // every change below is dated before it: applied at once

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& text) {
  const QString path = dir.filePath(name);
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(text);
  return path;
}

QString smallDemo(const QTemporaryDir& dir) {
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("s.db")));
  REQUIRE(admin({"--db", spec, "demo", "--small"}).code == 0);
  return spec;
}

// The figure of one indicator at a unit, from scratch, as of a day.
plan::IndicatorProgress figureAt(Database& db, const QString& unit, const QString& indicator, const QDate& asOf) {
  QString error;
  std::optional<ScratchProgress> scratch = progressFromScratch(db, asOf, &error);
  REQUIRE(scratch);
  const plan::Indicator* found = scratch->inputs.plan.find(indicator);
  REQUIRE(found);
  return scratch->engine->evaluate(*found, scratch->inputs.tree.countsFor(unit));
}

}  // namespace

TEST_CASE("load-plan refuses a bad plan with the file, the line and the reason") {
  QTemporaryDir dir;
  const QString spec = smallDemo(dir);
  const QString bad = writeFile(dir, "bad.json",
                                "{\n \"format\": \"sohoi-plan/1\", \"province\": \"19\", \"year\": 2021,\n"
                                " \"title_vi\": \"x\", \"title_en\": \"x\", \"source\": \"x\",\n"
                                " \"indicators\": [\n  {\"id\": \"1\", \"group\": 1, \"title_vi\": \"a\", \"title_en\": \"a\",\n"
                                "   \"level\": \"province\", \"shape\": \"count\", \"records\": {\"kind\": \"spaceship\"}, \"min\": 1}\n ]\n}\n");
  const AdminRun run = admin({"--db", spec, "load-plan", bad});
  CHECK(run.code == 1);
  CHECK(run.err.contains(bad + QStringLiteral(":")));
  CHECK(run.err.contains(QStringLiteral("spaceship")));
  CHECK(admin({"--db", spec, "load-plan", kPlan}).code == 0);
}

TEST_CASE("load-baselines stores figures and refuses bad rows with their line") {
  QTemporaryDir dir;
  const QString spec = smallDemo(dir);
  const QByteArray header = "unit_id,year,members,women_18_plus,fund,branch_leaders,full_time_cadres,committee_members\n";
  const AdminRun unknown = admin({"--db", spec, "load-baselines",
                             writeFile(dir, "a.csv", header + "05449-1,2020,100,150,0,1,0,0\nnowhere,2020,1,1,0,1,0,0\n")});
  CHECK(unknown.code == 1);
  CHECK(unknown.err.contains(QStringLiteral(":3: ")));
  CHECK(unknown.err.contains(QStringLiteral("nowhere")));
  const AdminRun negative =
      admin({"--db", spec, "load-baselines", writeFile(dir, "b.csv", header + "05449-1,2020,-5,150,0,1,0,0\n")});
  CHECK(negative.code == 1);
  CHECK(negative.err.contains(QStringLiteral(":2: ")));
  const AdminRun good = admin({"--db", spec, "load-baselines",
                          writeFile(dir, "c.csv", header + "05449-1,2020,100,150,0,1,0,0\n05449,2020,0,0,30000000,0,1,0\n")});
  CHECK(good.code == 0);
  CHECK(good.out.contains(QStringLiteral("2 units")));
}

TEST_CASE("load-tree refuses a unit below one of its own level, with the file and line") {
  QTemporaryDir dir;
  const QString spec = smallDemo(dir);
  const QString path = writeFile(dir, "t.csv",
                                 "code,level,type,name,parent_code\n"
                                 "X1,commune,Xã,Xã Một,164\n"
                                 "X2,commune,Xã,Xã Hai,X1\n");
  const AdminRun run = admin({"--db", spec, "load-tree", path});
  CHECK(run.code == 1);
  CHECK(run.err.contains(path + QStringLiteral(":3: ")));
  const QString cycle = writeFile(dir, "c.csv",
                                  "code,level,type,name,parent_code\nA,branch,Chi hội,A,B\nB,branch,Chi hội,B,A\n");
  const AdminRun cyclic = admin({"--db", spec, "load-tree", cycle});
  CHECK(cyclic.code == 1);
  CHECK(cyclic.err.contains(cycle + QStringLiteral(":2: ")));
  CHECK(cyclic.err.contains(QStringLiteral("cycle")));
}

TEST_CASE("progress --format json lists every indicator with its group, value, target and status") {
  QTemporaryDir dir;
  const QString spec = smallDemo(dir);
  const AdminRun run = admin({"--db", spec, "progress", "--unit", "root", "--format", "json", "--depth", "1"});
  REQUIRE(run.code == 0);
  const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
  const QJsonObject unit = root.value("unit").toObject();
  CHECK(unit.value("id").toString() == QStringLiteral("19"));
  const QJsonArray indicators = unit.value("indicators").toArray();
  const plan::PlanLoadResult plan = plan::loadPlanFile(kPlan);
  REQUIRE(plan.ok());
  REQUIRE(indicators.size() == static_cast<qsizetype>(plan.plan->indicators.size()));
  for (qsizetype i = 0; i < indicators.size(); ++i) {
    const QJsonObject item = indicators.at(i).toObject();
    CHECK(item.value("id").toString() == plan.plan->indicators[static_cast<size_t>(i)].id);
    CHECK(item.value("group").toInt() == plan.plan->indicators[static_cast<size_t>(i)].group);
    CHECK(item.contains("value"));
    CHECK(item.contains("target"));
    CHECK(item.contains("status"));
  }
  CHECK(unit.value("children").toArray().size() == 2);
  CHECK(admin({"--db", spec, "progress", "--unit", "root", "--format", "csv"}).out.startsWith("unit_id,"));
  CHECK(admin({"--db", spec, "progress", "--unit", "nowhere"}).code == 1);
}

TEST_CASE("the shipped plan evaluates every indicator on the demo province") {
  QTemporaryDir dir;
  const QString spec = testing::freshDatabaseSpec(dir.filePath(QStringLiteral("d.db")));
  const AdminRun demo = admin({"--db", spec, "demo", "--records-per-branch", "2", "--seed", "7"});
  REQUIRE(demo.code == 0);
  CHECK(demo.out.contains(QStringLiteral("9 districts, 178 communes, 2376 branches")));
  CHECK(demo.out.contains(QStringLiteral("262200 members, 2376 branch leaders")));
  const AdminRun run = admin({"--db", spec, "progress", "--unit", "root", "--format", "json", "--depth", "0"});
  REQUIRE(run.code == 0);
  const QJsonArray indicators =
      QJsonDocument::fromJson(run.out.toUtf8()).object().value("unit").toObject().value("indicators").toArray();
  CHECK(indicators.size() == static_cast<qsizetype>(plan::loadPlanFile(kPlan).plan->indicators.size()));
  for (const QJsonValue& value : indicators) {
    const QJsonObject item = value.toObject();
    INFO(item.value("id").toString().toStdString());
    CHECK(item.value("status").toString() != QStringLiteral("not_applicable"));  // judged: it has a figure
    CHECK(item.contains("value"));
  }
  std::unique_ptr<Database> db = ServerFixture::openOrFail(spec);
  Transaction tx(*db, Transaction::Mode::Read);
  OrgUnitRepository units(tx);
  for (const char* id : {"19", "164", "173", "05449", "05452", "05950", "05953", "05449-3", "05953-3"})
    CHECK(units.find(QString::fromLatin1(id)));
  CHECK(units.find(QStringLiteral("05449"))->name == QStringLiteral("Phường Phan Đình Phùng"));
  CHECK(units.find(QStringLiteral("05953"))->name == QStringLiteral("Xã Lương Phú"));
}

TEST_CASE("progress for a period uses the tree as it was; a merged unit counts for its successor") {
  ServerFixture f;
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    QString errors;
    QTextStream err(&errors);
    REQUIRE(storePlanFile(tx, kPlan, err));
    DemoWriter writer(tx, 1);
    for (int i = 0; i < 2; ++i)  // two propaganda meetings in branch 05449-1: its commune meets 2.1
      writer.add(RecordKind::Activity, QStringLiteral("05449-1"),
                 {{"kind", 1}, {"title", QStringLiteral("Tuyên truyền")}, {"date", QDate(2021, 3, 8)}}, QDate(2021, 3, 8));
    writer.finish();
    tx.commit();
  }
  const QDate yearEnd(2021, 12, 31), june(2021, 6, 30), august(2021, 8, 31);
  CHECK(figureAt(f.db(), "05449", "2.1", yearEnd).value == 2);
  CHECK(figureAt(f.db(), "05449", "2.1", yearEnd).status == plan::Status::Met);

  QString outText, errText;
  QTextStream out(&outText), err(&errText);
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", QDate(2021, 7, 1), kToday, out, err) == 0);
  CHECK(figureAt(f.db(), "05449", "2.1", yearEnd).value == 0);  // the year closes with the branch in 05452
  CHECK(figureAt(f.db(), "05452", "2.1", yearEnd).value == 2);
  CHECK(figureAt(f.db(), "05449", "2.1", june).value == 2);  // read in June: it was still in 05449
  {
    Transaction tx(f.db(), Transaction::Mode::Read);
    CHECK(OrgUnitRepository(tx).path("05449-1") == QStringLiteral("/19/164/05452/05449-1/"));  // pulls follow
  }
  CHECK(moveUnit(f.db(), "05449-1", "05449", QDate(2021, 6, 1), kToday, out, err) == 1);  // before its last change

  REQUIRE(mergeUnits(f.db(), "05452", "05449", QDate(2021, 9, 1), kToday, out, err) == 0);
  CHECK(figureAt(f.db(), "05449", "2.1", yearEnd).value == 2);   // 05452's branches roll up to 05449
  CHECK(figureAt(f.db(), "05452", "2.1", yearEnd).value == 2);   // asking for 05452 answers for its successor
  CHECK(figureAt(f.db(), "05452", "2.1", august).value == 2);    // before the merge, 05452 stood alone …
  CHECK(figureAt(f.db(), "05449", "2.1", august).value == 0);    // … and 05449 had none of it
  QString error;
  std::optional<ScratchProgress> scratch = progressFromScratch(f.db(), yearEnd, &error);
  REQUIRE(scratch);
  CHECK_FALSE(scratch->inputs.tree.tree.contains("05452"));
  CHECK(scratch->inputs.tree.tree.find("05452-2")->parentId == QStringLiteral("05449"));
  CHECK(mergeUnits(f.db(), "05452", "05449", QDate(2021, 10, 1), kToday, out, err) == 1);  // merged already
}

namespace {

// A running server holding the shipped plan (and whatever records a test adds before start()), and a
// device enrolled at one unit asking it for progress.
class ReportServer {
 public:
  ReportServer() {
    Transaction tx(f.db(), Transaction::Mode::Write);
    QString errors;
    QTextStream err(&errors);
    REQUIRE(storePlanFile(tx, kPlan, err));
    tx.commit();
  }
  ~ReportServer() { runner.shutdown(); }

  void start(const QString& deviceUnit) {
    const Result<IssuedCode> code = f.enrolment.issueCode(deviceUnit, QStringLiteral("Chị Lan"));
    REQUIRE(code.ok());
    const Result<EnrolledDevice> enrolled = f.enrolment.enrol(code.value().code, QStringLiteral("tablet"));
    REQUIRE(enrolled.ok());
    credential_ = enrolled.value().credential.toStdString();
    QString error;
    ServerOptions options;
    options.listen = QStringLiteral("127.0.0.1:0");
    REQUIRE(runner.start(options, &error));
    stub_ = v1::ReportService::NewStub(
        grpc::CreateChannel(runner.boundAddress().toStdString(), grpc::InsecureChannelCredentials()));
  }

  grpc::Status call(v1::GetProgressRequest request, v1::GetProgressResponse* response, bool withCredential = true) {
    grpc::ClientContext context;
    if (withCredential) context.AddMetadata("authorization", "Bearer " + credential_);
    if (!request.has_client()) request.mutable_client()->set_schema_version(kSchemaVersion);
    return stub_->GetProgress(&context, request, response);
  }

  ServerFixture f;
  ServerRunner runner{f.db()};

 private:
  std::string credential_;
  std::unique_ptr<v1::ReportService::Stub> stub_;
};

v1::GetProgressRequest progressRequest(const std::string& unit, const std::string& asOf = {}) {
  v1::GetProgressRequest request;
  request.set_unit_id(unit);
  request.set_child_depth(1);
  request.set_as_of(asOf);
  return request;
}

const v1::IndicatorProgress& indicatorOf(const v1::GetProgressResponse& response, const std::string& id) {
  for (const v1::IndicatorProgress& indicator : response.unit().indicators())
    if (indicator.indicator_id() == id) return indicator;
  FAIL("no indicator " << id);
  throw std::logic_error("unreachable");
}

}  // namespace

TEST_CASE("ReportService answers within the device's scope only") {
  ReportServer server;
  server.start(QStringLiteral("05449"));
  const auto call = [&](const std::string& unit, bool withCredential, v1::GetProgressResponse* response) {
    return server.call(progressRequest(unit), response, withCredential).error_code();
  };
  v1::GetProgressResponse own;
  REQUIRE(call("05449", true, &own) == grpc::StatusCode::OK);
  CHECK(own.unit().unit_id() == "05449");
  CHECK(own.unit().children_size() == 3);
  CHECK(own.unit().indicators_size() == own.plan().indicators_size());
  CHECK(own.plan().indicators(0).group() == 1);
  CHECK(own.as_of() == "2021-12-31");
  v1::GetProgressResponse ignored;
  CHECK(call("", true, &ignored) == grpc::StatusCode::OK);  // empty: the device's unit
  CHECK(ignored.unit().unit_id() == "05449");
  CHECK(call("05449-2", true, &ignored) == grpc::StatusCode::OK);
  CHECK(call("164", true, &ignored) == grpc::StatusCode::PERMISSION_DENIED);
  CHECK(call("05452", true, &ignored) == grpc::StatusCode::PERMISSION_DENIED);
  CHECK(call("nowhere", true, &ignored) == grpc::StatusCode::NOT_FOUND);
  CHECK(call("05449", false, &ignored) == grpc::StatusCode::UNAUTHENTICATED);
  v1::GetProgressRequest unversioned = progressRequest("05449");
  unversioned.mutable_client();  // a ClientInfo without a schema version
  CHECK(server.call(unversioned, &ignored).error_code() == grpc::StatusCode::FAILED_PRECONDITION);
}

TEST_CASE("progress read as of a quarter's last day gives that quarter's figures") {
  ReportServer server;
  {
    Transaction tx(server.f.db(), Transaction::Mode::Write);
    DemoWriter writer(tx, 1);
    for (int i = 0; i < 3; ++i)  // three exemplars offered in the first quarter: district 164 meets 1.3 then
      writer.add(RecordKind::Exemplar, QStringLiteral("164"),
                 {{"kind", 1}, {"name", QStringLiteral("Chị Hoa")}, {"date", QDate(2021, 2, 10)}, {"quarter_reportable", true}},
                 QDate(2021, 2, 10));
    writer.finish();
    tx.commit();
  }
  server.start(QStringLiteral("164"));
  v1::GetProgressResponse firstQuarter;
  REQUIRE(server.call(progressRequest("164", "2021-03-31"), &firstQuarter).ok());
  CHECK(firstQuarter.as_of() == "2021-03-31");
  CHECK(indicatorOf(firstQuarter, "1.3").value() == 3);
  CHECK(indicatorOf(firstQuarter, "1.3").status() == v1::PROGRESS_STATUS_MET);
  v1::GetProgressResponse lastQuarter;
  REQUIRE(server.call(progressRequest("164"), &lastQuarter).ok());  // empty: today, the year's last quarter
  CHECK(lastQuarter.as_of() == "2021-12-31");
  CHECK(indicatorOf(lastQuarter, "1.3").value() == 0);
  CHECK(indicatorOf(lastQuarter, "1.3").status() == v1::PROGRESS_STATUS_NOT_MET);
}

TEST_CASE("a reading date that is not a day of the plan's year is refused in both languages") {
  ReportServer server;
  server.start(QStringLiteral("164"));
  for (const char* bad : {"2021-13-01", "31/03/2021", "2022-03-31"}) {
    v1::GetProgressResponse response;
    const grpc::Status status = server.call(progressRequest("164", bad), &response);
    CHECK(status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
    CHECK_THAT(status.error_message(), Catch::Contains("Ngày lấy số liệu (as_of)") && Catch::Contains("Reading date (as_of)"));
  }
}
