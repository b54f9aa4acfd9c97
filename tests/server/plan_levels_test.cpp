// The shipped plan read at every level and for every unit type, on a province built by hand: its tree and
// baselines loaded from CSV with sohoi-admin, records pushed by devices enrolled at their units through the
// push path a tablet uses, figures read from the server's live progress and checked against a from-scratch
// count. Every expected figure is worked out in the comments beside it.
//
//   19 (province)
//   ├── D1 (district: Huyện) ── C1 (commune) ── C1-1 (branch)
//   │                        └─ C2 (commune) ── C2-1 (branch)
//   ├── E1 (district level: Đơn vị tương đương)
//   └── M1 (district level: Tổ chức thành viên)
#include "admin_run.h"
#include "test_database.h"

#include "report/progress_from_scratch.h"
#include "report/progress_service.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/org_tree_cache.h"
#include "sync/push_processor.h"

#include "ids/uuid7.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::admin;

namespace {

const QDate kYearEnd(2021, 12, 31);

const QByteArray kTree =
    "code,level,type,name,parent_code\n"
    "19,province,Tỉnh,Tỉnh Thái Nguyên,\n"
    "D1,district,Huyện,Huyện Một,19\n"
    "E1,district,Đơn vị tương đương,Khối cơ quan tỉnh,19\n"
    "M1,district,member_organisation,Hội Nữ doanh nhân,19\n"
    "C1,commune,Xã,Xã Một,D1\n"
    "C2,commune,Xã,Xã Hai,D1\n"
    "C1-1,branch,Chi hội,Chi hội Một,C1\n"
    "C2-1,branch,Chi hội,Chi hội Hai,C2\n";

// Members and core members in the branches, funds in the communes (2020).
const QByteArray kBaselines =
    "unit_id,year,members,women_18_plus,fund,branch_leaders,full_time_cadres,committee_members,core_members\n"
    "C1-1,2020,100,150,0,1,0,0,30\n"
    "C2-1,2020,100,150,0,1,0,0,50\n"
    "C1,2020,0,0,10000000,0,1,0,0\n"
    "C2,2020,0,0,20000000,0,1,0,0\n";

class HandProvince {
 public:
  HandProvince() : spec_(testing::freshDatabaseSpec(dir_.filePath(QStringLiteral("p.db")))) {
    const QString& spec = spec_;
    for (const auto& [command, name, text] :
         {std::tuple{"load-tree", "tree.csv", kTree}, std::tuple{"load-baselines", "baselines.csv", kBaselines}}) {
      const test::AdminRun run = admin({"--db", spec, command, write(name, text)});
      INFO(run.err.toStdString());
      REQUIRE(run.code == 0);
    }
    REQUIRE(admin({"--db", spec, "load-plan", QStringLiteral(SOHOI_SOURCE_DIR "/data/plans/thai-nguyen-2021.json")})
                .code == 0);
    QString error;
    db_ = Database::open(spec, &error);
    REQUIRE(db_);
    pusher_ = std::make_unique<PushProcessor>(*db_, trees_);
  }

  Database& db() { return *db_; }
  const QString& spec() const { return spec_; }

  /// Pushes one new record of kind in unitId from a device enrolled at `from` (default: the unit itself);
  /// returns the outcome.
  PushOutcome push(RecordKind kind, const QString& unitId, const QVariantMap& fields, const QString& from = {}) {
    const QString at = from.isEmpty() ? unitId : from;
    if (!devices_.contains(at)) {
      Enrolment enrolment(*db_);
      const Result<IssuedCode> code = enrolment.issueCode(at, QStringLiteral("Chị ") + at);
      REQUIRE(code.ok());
      devices_.insert(at, {enrolment.enrol(code.value().code, QStringLiteral("tablet")).value().device, 0});
    }
    auto& [device, seq] = devices_[at];
    RecordVersion version;
    version.recordId = newUuid7();
    version.versionId = newUuid7();
    version.kind = kind;
    version.unitId = unitId;
    version.fields = fields;
    version.hlc = ++hlc_;
    const PushBatchResult result = pusher_->push(device, {PushItem{++seq, version, std::nullopt}});
    REQUIRE(result.results.size() == 1);
    return result.results.front().outcome;
  }
  /// kind as numbered in records.proto's ActivityKind (4 policy supervision, 2 congress welcoming, 7 Project 938).
  void activity(const QString& unitId, int kind, const QDate& date = QDate(2021, 5, 10)) {
    REQUIRE(push(RecordKind::Activity, unitId, {{"kind", kind}, {"title", QStringLiteral("Hoạt động")}, {"date", date}}) ==
            PushOutcome::Accepted);
  }

  /// The indicator at the unit as the server's live figures give it on asOf, after checking that a
  /// from-scratch count gives the same.
  plan::IndicatorProgress at(const QString& unitId, const QString& indicator, const QDate& asOf = kYearEnd) {
    ProgressService service(*db_, asOf);
    QString error;
    const std::optional<plan::UnitProgress> live = service.progress(unitId, 0, &error);
    REQUIRE(live);
    std::optional<ScratchProgress> scratch = progressFromScratch(*db_, asOf, &error);
    REQUIRE(scratch);
    const plan::Indicator* found = scratch->engine->plan().find(indicator);  // the engine keeps its own copy
    REQUIRE(found);
    const plan::IndicatorProgress fresh = scratch->engine->evaluate(*found, unitId);
    for (const plan::IndicatorProgress& figure : live->indicators) {
      if (figure.indicatorId != indicator) continue;
      CHECK(figure.value == fresh.value);
      CHECK(figure.status == fresh.status);
      CHECK(figure.unitsMet == fresh.unitsMet);
      REQUIRE(figure.quarters.size() == fresh.quarters.size());
      for (size_t q = 0; q < figure.quarters.size(); ++q) {
        CHECK(figure.quarters[q].value == fresh.quarters[q].value);
        CHECK(figure.quarters[q].status == fresh.quarters[q].status);
      }
      return figure;
    }
    FAIL("no indicator " << indicator.toStdString());
    return {};
  }

  QString write(const char* name, const QByteArray& text) {
    const QString path = dir_.filePath(QString::fromLatin1(name));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
    return path;
  }

 private:
  QTemporaryDir dir_;
  QString spec_;
  std::unique_ptr<Database> db_;
  OrgTreeCache trees_;
  std::unique_ptr<PushProcessor> pusher_;
  QHash<QString, std::pair<Device, quint64>> devices_;
  HlcStamp hlc_ = makeHlc(QDateTime(QDate(2021, 6, 1), QTime(8, 0)).toMSecsSinceEpoch(), 0);
};

constexpr int kCongressWelcoming = 2, kPolicySupervision = 4, kProject938 = 7;  // ActivityKind
constexpr int kExcellent = 1, kGood = 2;                                        // Rating

QVariantMap exemplar(const QDate& date) {
  return {{"kind", 1}, {"name", QStringLiteral("Chị Lan")}, {"date", date}, {"quarter_reportable", true}};
}

}  // namespace

TEST_CASE("the tree file gives equivalent units and member organisations their type") {
  HandProvince p;
  Transaction tx(p.db(), Transaction::Mode::Read);
  const OrgTree tree = OrgUnitRepository(tx).tree();
  CHECK(tree.find("D1")->type == UnitType::Area);
  CHECK(tree.find("E1")->type == UnitType::Equivalent);
  CHECK(tree.find("M1")->type == UnitType::MemberOrganisation);
  CHECK(tree.find("E1")->level == UnitLevel::District);
}

TEST_CASE("a baselines file from before core members still loads; its units have none") {
  HandProvince p;
  const QString old = p.write("old.csv",
                              "unit_id,year,members,women_18_plus,fund,branch_leaders,full_time_cadres,committee_members\n"
                              "C1-1,2020,120,150,0,1,0,0\n");
  REQUIRE(admin({"--db", p.spec(), "load-baselines", old}).code == 0);
  // C1-1 now: 120 members, no core members; C2-1 keeps 100 and 50 → (0 + 50) ÷ 220.
  CHECK(p.at("19", "9.4").value == Approx(100.0 * 50 / 220));
}

TEST_CASE("6.1: every level is judged on its own activities; a commune's does not make its district met") {
  HandProvince p;
  p.activity("C1-1", kPolicySupervision);  // a branch's activity counts for its commune, C1
  p.activity("C2", kPolicySupervision);
  // C1 and C2 did it; D1 itself did not: D1's area is D1, C1, C2 → 2 of 3, not met.
  CHECK(p.at("C1", "6.1").value == 1);
  CHECK(p.at("C1", "6.1").status == plan::Status::Met);
  plan::IndicatorProgress d1 = p.at("D1", "6.1");
  CHECK(d1.unitsMet == 2);
  CHECK(d1.unitsTotal == 3);
  CHECK(d1.status == plan::Status::NotMet);

  p.activity("D1", kPolicySupervision);
  d1 = p.at("D1", "6.1");
  CHECK(d1.unitsMet == 3);
  CHECK(d1.status == plan::Status::Met);
  // Province: 19, D1, E1, M1, C1, C2 are judged; D1, C1, C2 did it → 3 of 6 = 50%.
  const plan::IndicatorProgress province = p.at("19", "6.1");
  CHECK(province.unitsMet == 3);
  CHECK(province.unitsTotal == 6);
  CHECK(province.value == Approx(50));
  CHECK(province.status == plan::Status::NotMet);
  // The province's own supervision: 4 of 6.
  p.activity("19", kPolicySupervision);
  CHECK(p.at("19", "6.1").unitsMet == 4);
}

TEST_CASE("8.3: 20% excellent over district and commune unions together, rated only by a level above") {
  HandProvince p;
  const QVariantMap excellent{{"year", 2021}, {"rating", kExcellent}}, good{{"year", 2021}, {"rating", kGood}};
  // A unit cannot rate itself: the commune and the district are refused.
  CHECK(p.push(RecordKind::UnitRating, "C1", excellent) == PushOutcome::Rejected);
  CHECK(p.push(RecordKind::UnitRating, "D1", excellent) == PushOutcome::Rejected);
  CHECK(p.push(RecordKind::UnitRating, "C1", excellent, "D1") == PushOutcome::Accepted);
  CHECK(p.push(RecordKind::UnitRating, "C2", good, "D1") == PushOutcome::Accepted);
  CHECK(p.push(RecordKind::UnitRating, "D1", excellent, "19") == PushOutcome::Accepted);
  CHECK(p.push(RecordKind::UnitRating, "E1", good, "19") == PushOutcome::Accepted);
  CHECK(p.push(RecordKind::UnitRating, "M1", good, "19") == PushOutcome::Accepted);
  // Province: D1, E1, M1, C1, C2 → D1 and C1 excellent: 2 of 5 = 40% ≥ 20%.
  const plan::IndicatorProgress province = p.at("19", "8.3");
  CHECK(province.unitsMet == 2);
  CHECK(province.unitsTotal == 5);
  CHECK(province.value == Approx(40));
  CHECK(province.status == plan::Status::Met);
  // D1: itself and its communes → 2 of 3.
  CHECK(p.at("D1", "8.3").unitsTotal == 3);
  CHECK(p.at("D1", "8.3").value == Approx(200.0 / 3));
}

TEST_CASE("8.5: the total fund against the 2020 total + 4%, each commune's own growth beside it") {
  HandProvince p;
  const auto fund = [](qint64 amount) { return QVariantMap{{"year", 2021}, {"amount", amount}}; };
  REQUIRE(p.push(RecordKind::FundReport, "C1", fund(9'000'000)) == PushOutcome::Accepted);
  REQUIRE(p.push(RecordKind::FundReport, "C1", fund(10'200'000)) == PushOutcome::Accepted);  // the latest counts
  REQUIRE(p.push(RecordKind::FundReport, "C2", fund(21'000'000)) == PushOutcome::Accepted);
  // 2020: 10,000,000 + 20,000,000 = 30,000,000; +4% = 1,200,000. Now 10,200,000 + 21,000,000: +1,200,000.
  const plan::IndicatorProgress province = p.at("19", "8.5");
  CHECK(province.value == 1'200'000);
  CHECK(province.target == 1'200'000);
  CHECK(province.status == plan::Status::Met);
  // C1 grew 200,000 of its 400,000 and C2 1,000,000 of its 800,000: shown, not judged.
  const plan::IndicatorProgress c1 = p.at("C1", "8.5");
  CHECK(c1.value == 200'000);
  CHECK(c1.target == 400'000);
  CHECK(c1.hasTarget);
  CHECK(c1.status == plan::Status::NotApplicable);
  CHECK(p.at("C2", "8.5").value == 1'000'000);
  // 8.6: both communes have a fund.
  CHECK(p.at("19", "8.6").value == Approx(100));
}

TEST_CASE("1.3: each quarter is judged on its own; a year-end reading says which fell short") {
  HandProvince p;
  for (const QDate& date : {QDate(2021, 1, 5), QDate(2021, 2, 5), QDate(2021, 3, 5),     // Q1: 3
                            QDate(2021, 4, 5), QDate(2021, 5, 5),                         // Q2: 2
                            QDate(2021, 10, 5), QDate(2021, 11, 5), QDate(2021, 11, 6),   // Q4: 4
                            QDate(2021, 12, 5)})
    REQUIRE(p.push(RecordKind::Exemplar, "C1", exemplar(date)) == PushOutcome::Accepted);
  const plan::IndicatorProgress d1 = p.at("D1", "1.3");
  // The quarter read (Q4): 4 ≥ 3.
  CHECK(d1.value == 4);
  CHECK(d1.status == plan::Status::Met);
  REQUIRE(d1.quarters.size() == 4);
  CHECK(d1.quarters[0].value == 3);
  CHECK(d1.quarters[0].status == plan::Status::Met);
  CHECK(d1.quarters[1].value == 2);
  CHECK(d1.quarters[1].status == plan::Status::NotMet);
  CHECK(d1.quarters[2].value == 0);
  CHECK(d1.quarters[2].status == plan::Status::NotMet);
  CHECK(d1.quarters[3].status == plan::Status::Met);
  // Province: D1, E1 and M1 are district-level units; in Q1 only D1 offered 3 → 1 of 3.
  const plan::IndicatorProgress province = p.at("19", "1.3");
  REQUIRE(province.quarters.size() == 4);
  CHECK(province.quarters[0].unitsMet == 1);
  CHECK(province.quarters[0].unitsTotal == 3);
  // Read on 15 May: Q1 and Q2 so far; Q2 has 2.
  const plan::IndicatorProgress may = p.at("D1", "1.3", QDate(2021, 5, 15));
  REQUIRE(may.quarters.size() == 2);
  CHECK(may.value == 2);
  CHECK(may.quarters[0].status == plan::Status::Met);
}

TEST_CASE("9.4: core members are the 2020 core members plus the changes, over members now") {
  HandProvince p;
  const auto member = [](bool core, const QDate& joined, const QDate& left = {}) {
    QVariantMap fields{{"full_name", QStringLiteral("Hội viên")}, {"joined_on", joined}, {"core", core}};
    if (left.isValid()) fields.insert("left_on", left);
    return fields;
  };
  for (int i = 0; i < 3; ++i) REQUIRE(p.push(RecordKind::Member, "C1-1", member(true, QDate(2021, 3, 1))) == PushOutcome::Accepted);
  for (int i = 0; i < 2; ++i) REQUIRE(p.push(RecordKind::Member, "C1-1", member(false, QDate(2021, 3, 1))) == PushOutcome::Accepted);
  REQUIRE(p.push(RecordKind::Member, "C2-1", member(true, QDate(2015, 5, 1), QDate(2021, 6, 1))) == PushOutcome::Accepted);
  // Core: 30 + 50 + 3 − 1 = 82; members: 200 + 5 − 1 = 204; 82 ÷ 204 = 40.2% ≥ 40%.
  const plan::IndicatorProgress province = p.at("19", "9.4");
  CHECK(province.value == Approx(100.0 * 82 / 204));
  CHECK(province.status == plan::Status::Met);
  // C1-1 alone: (30 + 3) ÷ (100 + 5) = 31.4%, shown without a status.
  CHECK(p.at("C1-1", "9.4").value == Approx(100.0 * 33 / 105));
}

TEST_CASE("district-level targets count equivalent units and member organisations as the seed names them") {
  HandProvince p;
  p.activity("D1", kCongressWelcoming);
  p.activity("E1", kCongressWelcoming);
  p.activity("D1", kProject938);
  // 3.1 names "đơn vị tương đương và tổ chức thành viên": D1 and E1 of D1, E1, M1 → 2 of 3.
  const plan::IndicatorProgress welcoming = p.at("19", "3.1");
  CHECK(welcoming.unitsMet == 2);
  CHECK(welcoming.unitsTotal == 3);
  CHECK(welcoming.status == plan::Status::NotMet);
  // 7.1 "100% các huyện, thành, thị": the districts only → D1, 1 of 1.
  const plan::IndicatorProgress project = p.at("19", "7.1");
  CHECK(project.unitsMet == 1);
  CHECK(project.unitsTotal == 1);
  CHECK(project.status == plan::Status::Met);
  CHECK(p.at("E1", "7.1").status == plan::Status::NotApplicable);
}
