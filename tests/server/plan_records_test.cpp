// The 2021 plan read faithfully, records side: a small province built by hand, its records pushed through
// the push path a tablet uses (each by a device of the unit it belongs to), and the shipped plan's figures
// worked out on paper — live (the server's incremental cache) and from scratch alike.
//
//   19 (province) ── D1 (district) ── C1 (commune) ── C1-1 (branch)
//                 │                └─ C2 (commune) ── C2-1 (branch)
//                 └─ D2 (district) ── C3 (commune) ── C3-1 (branch)
#include "admin/plan_commands.h"
#include "admin/start_state_import.h"
#include "report/progress_from_scratch.h"
#include "report/progress_service.h"
#include "storage/database.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"
#include "sync/enrolment.h"
#include "sync/push_processor.h"

#include "ids/uuid7.h"
#include "test_database.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;

namespace {

const QDate kAsOf(2021, 12, 31);
const char* const kCriteria[] = {"no_poverty",     "no_law_violation",        "no_domestic_violence",
                                 "no_third_child", "no_malnutrition_dropout", "clean_house",
                                 "clean_kitchen",  "clean_lane"};
constexpr int kPoor = 1, kNotPoor = 3, kFemale = 1, kMale = 2;

struct HandProvince {
  QTemporaryDir dir;
  std::unique_ptr<Database> db;
  OrgTreeCache trees;
  std::unique_ptr<PushProcessor> pusher;
  std::unique_ptr<ProgressService> service;
  std::map<QString, std::pair<Device, quint64>> devices;  // unit → its device and last seq
  HlcStamp hlc = makeHlc(QDateTime(QDate(2021, 6, 1), QTime(8, 0)).toMSecsSinceEpoch(), 0);

  HandProvince() {
    QString error;
    db = Database::open(testing::freshDatabaseSpec(dir.filePath("p.db")), &error);
    REQUIRE(db);
    Transaction tx(*db, Transaction::Mode::Write);
    OrgUnitRepository(tx).upsert({{"19", "", "Tỉnh", UnitLevel::Province},
                                  {"D1", "19", "Huyện 1", UnitLevel::District},
                                  {"D2", "19", "Huyện 2", UnitLevel::District},
                                  {"C1", "D1", "Xã 1", UnitLevel::Commune},
                                  {"C2", "D1", "Xã 2", UnitLevel::Commune},
                                  {"C3", "D2", "Xã 3", UnitLevel::Commune},
                                  {"C1-1", "C1", "Chi hội 1", UnitLevel::Branch},
                                  {"C2-1", "C2", "Chi hội 2", UnitLevel::Branch},
                                  {"C3-1", "C3", "Chi hội 3", UnitLevel::Branch}});
    plan::UnitBaseline province;
    province.unitId = QStringLiteral("19");
    province.fullTimeCadres = 4;
    PlanRepository(tx).saveBaselines({province});
    QString planErrors;
    QTextStream err(&planErrors);
    REQUIRE(storePlanFile(tx, QStringLiteral(SOHOI_SOURCE_DIR "/data/plans/thai-nguyen-2021.json"), err));
    tx.commit();
    pusher = std::make_unique<PushProcessor>(*db, trees);
    service = std::make_unique<ProgressService>(*db, kAsOf);
    REQUIRE(service->prepare(&error));
    pusher->setListener(service.get());
  }

  /// Pushes a new record as the unit's own device (its level's role); REQUIRES it accepted. Returns its id.
  QString push(const QString& unit, RecordKind kind, const QVariantMap& fields) {
    auto it = devices.find(unit);
    if (it == devices.end()) {
      Enrolment enrolment(*db);
      const Result<IssuedCode> code = enrolment.issueCode(unit, QStringLiteral("Máy ") + unit);
      REQUIRE(code.ok());
      it = devices.emplace(unit, std::make_pair(enrolment.enrol(code.value().code, unit).value().device, 0)).first;
    }
    RecordVersion version;
    version.recordId = newUuid7();
    version.versionId = newUuid7();
    version.unitId = unit;
    version.kind = kind;
    version.hlc = ++hlc;
    version.fields = fields;
    const PushBatchResult result = pusher->push(it->second.first, {{++it->second.second, version, std::nullopt}});
    REQUIRE(result.results.size() == 1);
    INFO(result.results.front().rejection.bilingual().toStdString());
    REQUIRE(result.results.front().outcome == PushOutcome::Accepted);
    return version.recordId;
  }

  QString household(const QString& branch, bool femaleHeaded) {
    return push(branch, RecordKind::Household,
                {{"head_name", QStringLiteral("Hộ")}, {"female_headed", femaleHeaded}});
  }
  /// A visit meeting the first `met` of the 8 criteria.
  QString visit(const QString& branch, const QString& household, const QDate& date, int met,
                int poverty = 0, const QString& help = {}) {
    QVariantMap fields{{"household_id", household}, {"date", date}};
    for (int i = 0; i < met; ++i) fields.insert(QString::fromLatin1(kCriteria[i]), true);
    if (poverty) fields.insert("poverty_status", poverty);
    if (!help.isEmpty()) fields.insert("help_id", help);
    return push(branch, RecordKind::HouseholdVisit, fields);
  }
  QString person(const QString& unit, const QString& name, int role, int sex, int born = 1980, bool standard = false) {
    QVariantMap fields{{"full_name", name}, {"role", role}, {"birth_year", born}, {"meets_title_standard", standard}};
    if (sex) fields.insert("sex", sex);
    return push(unit, RecordKind::Person, fields);
  }

  /// The indicator at unit, live and from scratch; CHECKs that both agree.
  plan::IndicatorProgress at(const QString& unit, const QString& indicator) {
    QString error;
    std::optional<ScratchProgress> scratch = progressFromScratch(*db, kAsOf, &error);
    REQUIRE(scratch);
    plan::IndicatorProgress fromScratch, live;
    for (const plan::IndicatorProgress& p : scratch->engine->evaluateAll(unit))
      if (p.indicatorId == indicator) fromScratch = p;
    REQUIRE(service->withCache(
        [&](ProgressCache& cache) {
          for (const plan::IndicatorProgress& p : cache.engine().evaluateAll(unit))
            if (p.indicatorId == indicator) live = p;
        },
        &error));
    REQUIRE(fromScratch.indicatorId == indicator);
    CHECK(live.value == fromScratch.value);
    CHECK(live.status == fromScratch.status);
    CHECK(live.unitsMet == fromScratch.unitsMet);
    return fromScratch;
  }
};

}  // namespace

TEST_CASE("a visit of an earlier year is accepted, and sets the household's state at the start (4.2)") {
  HandProvince p;
  const QString h1 = p.household("C1-1", false), h2 = p.household("C1-1", false), h3 = p.household("C2-1", false);
  // H1: 8/8 in 2020, 7/8 in March, 8/8 in October: it met them before the year, so it is not new.
  p.visit("C1-1", h1, QDate(2020, 12, 31), 8);
  p.visit("C1-1", h1, QDate(2021, 3, 1), 7);
  p.visit("C1-1", h1, QDate(2021, 10, 1), 8);
  // H2: 6/8 assessed in 2019, 8/8 in 2021: new.
  p.visit("C1-1", h2, QDate(2019, 11, 5), 6);
  p.visit("C1-1", h2, QDate(2021, 5, 1), 8);
  // H3: first assessed in 2021 at 7/8, then 8/8: new (its first 2021 visit is its start).
  p.visit("C2-1", h3, QDate(2021, 2, 1), 7);
  p.visit("C2-1", h3, QDate(2021, 9, 1), 8);
  CHECK(p.at("19", "4.2").value == 2);  // H2 and H3
  CHECK(p.at("C1", "4.2").value == 1);  // H2 only: H1 was 8/8 before the year
}

TEST_CASE("the province imports households' start states through the same rules, all rows or none") {
  HandProvince p;
  const QString h1 = p.household("C1-1", false), h2 = p.household("C3-1", false);
  p.visit("C1-1", h1, QDate(2021, 6, 1), 8);
  p.visit("C3-1", h2, QDate(2021, 6, 1), 8);
  QString outText, errText;
  QTextStream out(&outText), err(&errText);
  // One household unknown, one date before 2000: nothing is stored, both lines are named.
  const StartStateFile bad = StartStateFile::parse(
      QStringLiteral("household_id,date,no_poverty,no_law_violation,no_domestic_violence,no_third_child,"
                     "no_malnutrition_dropout,clean_house,clean_kitchen,clean_lane,poverty_status\n"
                     "%1,31/12/2020,1,1,1,1,1,1,1,1,3\n%2,31/12/2020,1,1,1,1,1,1,1,0,\n%1,31/12/1999,1,1,1,1,1,1,1,0,1\n")
          .arg(h1, newUuid7())
          .toUtf8());
  REQUIRE(bad.errors.isEmpty());
  CHECK(importStartStates(*p.db, bad.states, out, err) == 1);
  CHECK(errText.contains(QStringLiteral("Line 3")));
  CHECK(errText.contains(QStringLiteral("Line 4: Date of visit: cannot be before 01/01/2000")));
  CHECK(p.at("19", "4.2").value == 0);  // nothing stored: each household has one visit only

  // H1 met all 8 before the year (not new), H2 met 7 (new).
  const StartStateFile good = StartStateFile::parse(
      QStringLiteral("household_id,date,no_poverty,no_law_violation,no_domestic_violence,no_third_child,"
                     "no_malnutrition_dropout,clean_house,clean_kitchen,clean_lane,poverty_status\n"
                     "%1,31/12/2020,1,1,1,1,1,1,1,1,3\n%2,2020-12-31,có,có,có,có,có,có,có,không,\n")
          .arg(h1, h2)
          .toUtf8());
  REQUIRE(good.errors.isEmpty());
  errText.clear();
  CHECK(importStartStates(*p.db, good.states, out, err) == 0);
  INFO(errText.toStdString());
  CHECK(p.at("19", "4.2").value == 1);
  CHECK(p.at("D2", "4.2").value == 1);
}

TEST_CASE("a poor woman-led household out of poverty with the Union's help counts (4.3)") {
  HandProvince p;
  const QString helpC1 = p.push("C1-1", RecordKind::EconomicSupport,
                                {{"kind", 4}, {"name", QStringLiteral("Bò giống")}, {"date", QDate(2021, 4, 1)}});
  const QString helpC3 = p.push("C3-1", RecordKind::EconomicSupport,
                                {{"kind", 4}, {"name", QStringLiteral("Vốn")}, {"date", QDate(2021, 4, 1)}});
  // C1: woman-led, poor at the start (2020), not poor in August with the help linked: counts.
  const QString a = p.household("C1-1", true);
  p.visit("C1-1", a, QDate(2020, 12, 1), 7, kPoor);
  p.visit("C1-1", a, QDate(2021, 8, 1), 8, kNotPoor, helpC1);
  // C2: woman-led and out of poverty, but no help recorded: does not count.
  const QString b = p.household("C2-1", true);
  p.visit("C2-1", b, QDate(2020, 12, 1), 7, kPoor);
  p.visit("C2-1", b, QDate(2021, 8, 1), 8, kNotPoor);
  // C3: a man-led household helped (no), and a woman-led one whose start status was never recorded (no).
  const QString c = p.household("C3-1", false), d = p.household("C3-1", true);
  p.visit("C3-1", c, QDate(2020, 12, 1), 7, kPoor);
  p.visit("C3-1", c, QDate(2021, 8, 1), 8, kNotPoor, helpC3);
  p.visit("C3-1", d, QDate(2021, 2, 1), 7);
  p.visit("C3-1", d, QDate(2021, 8, 1), 8, kNotPoor, helpC3);
  const plan::IndicatorProgress province = p.at("19", "4.3");
  CHECK(province.unitsMet == 1);
  CHECK(province.unitsTotal == 3);
  CHECK(p.at("C1", "4.3").status == plan::Status::Met);
  CHECK(p.at("C2", "4.3").status == plan::Status::NotMet);
}

TEST_CASE("4.3's help may be linked on any visit of the year up to the latest, and must be a poverty help") {
  HandProvince p;
  const auto help = [&](const QString& branch, int kind) {
    return p.push(branch, RecordKind::EconomicSupport,
                  {{"kind", kind}, {"name", QStringLiteral("Hỗ trợ")}, {"date", QDate(2021, 3, 1)}});
  };
  constexpr int kNearPoor = 2, kPovertyHelp = 4, kStartUp = 2;
  // C1: the help was linked on the April visit; the later visit, out of poverty, has no link: counts.
  const QString a = p.household("C1-1", true);
  p.visit("C1-1", a, QDate(2020, 12, 31), 6, kPoor);
  p.visit("C1-1", a, QDate(2021, 4, 1), 6, kPoor, help("C1-1", kPovertyHelp));
  p.visit("C1-1", a, QDate(2021, 10, 1), 7, kNearPoor);
  // C2: the help was linked, but the latest visit still finds the household poor: not counted.
  const QString b = p.household("C2-1", true);
  p.visit("C2-1", b, QDate(2020, 12, 31), 6, kPoor);
  p.visit("C2-1", b, QDate(2021, 4, 1), 7, kNotPoor, help("C2-1", kPovertyHelp));
  p.visit("C2-1", b, QDate(2021, 10, 1), 6, kPoor);
  // C3: out of poverty with no help ever linked, and one with a start-up support linked: neither counts.
  const QString c = p.household("C3-1", true), d = p.household("C3-1", true);
  p.visit("C3-1", c, QDate(2020, 12, 31), 6, kPoor);
  p.visit("C3-1", c, QDate(2021, 10, 1), 7, kNotPoor);
  p.visit("C3-1", d, QDate(2020, 12, 31), 6, kPoor);
  p.visit("C3-1", d, QDate(2021, 10, 1), 7, kNotPoor, help("C3-1", kStartUp));
  const plan::IndicatorProgress province = p.at("19", "4.3");
  CHECK(province.unitsMet == 1);
  CHECK(province.unitsTotal == 3);
  CHECK(p.at("C1", "4.3").status == plan::Status::Met);
  CHECK(p.at("C2", "4.3").status == plan::Status::NotMet);
  CHECK(p.at("C3", "4.3").status == plan::Status::NotMet);
}

TEST_CASE("start-ups count distinct women helped, not support records (5.4)") {
  HandProvince p;
  const QString lan = p.person("C1", QStringLiteral("Lan"), 3, kFemale);
  const QString mai = p.person("C2", QStringLiteral("Mai"), 3, kFemale);
  const QString nam = p.person("C2", QStringLiteral("Nam"), 3, kMale);
  const auto startUp = [](const QStringList& people) {
    return QVariantMap{{"kind", 2}, {"name", QStringLiteral("Khởi nghiệp")}, {"date", QDate(2021, 5, 1)},
                       {"person_ids", people}};
  };
  p.push("C1", RecordKind::EconomicSupport, startUp({lan}));
  p.push("D1", RecordKind::EconomicSupport, startUp({lan, mai}));  // Lan again: still one woman
  p.push("C2", RecordKind::EconomicSupport, startUp({nam}));       // a man: not a woman helped
  p.push("C3", RecordKind::EconomicSupport,
         {{"kind", 2}, {"name", QStringLiteral("Không ghi người")}, {"date", QDate(2021, 5, 1)}});
  CHECK(p.at("19", "5.4").value == 2);  // Lan and Mai
}

TEST_CASE("women workers are counted by their recorded sex, people as people (5.2, 10.3)") {
  HandProvince p;
  const QString hoa = p.person("C1", QStringLiteral("Hoa"), 4, kFemale);
  const QString thu = p.person("C1", QStringLiteral("Thu"), 3, kFemale);
  const QString binh = p.person("C1", QStringLiteral("Bình"), 3, kMale);
  const QString unknown = p.person("C1", QStringLiteral("Chưa rõ"), 3, 0);
  p.push("C1", RecordKind::Training,
         {{"kind", 3}, {"title", QStringLiteral("May")}, {"date", QDate(2021, 3, 1)},
          {"trainee_ids", QStringList{hoa, thu, binh, unknown}}});
  CHECK(p.at("19", "5.2").value == 2);  // Hoa and Thu; not Bình (male), not someone whose sex is unknown

  // The same cadre recorded twice (at her district and her commune, spelt with another space) is one person.
  p.person("D1", QStringLiteral("Lê Thị Hạnh"), 2, kFemale, 1975, true);
  p.person("C2", QStringLiteral("Lê  thị Hạnh"), 2, kFemale, 1975, true);
  p.person("C3", QStringLiteral("Lê Thị Hạnh"), 2, kFemale, 1988, true);  // another woman, born 1988
  p.person("D2", QStringLiteral("Vũ Thị Yến"), 2, kFemale, 1980, false);  // not at the standard
  CHECK(p.at("19", "10.3").value == 2);
}

TEST_CASE("units hold their congress by the deadline; awards and committee changes are records (0.2, 0.3)") {
  HandProvince p;
  const auto congress = [](const QDate& day) {
    return QVariantMap{{"start_date", day}, {"end_date", day.addDays(1)}, {"delegates", 100},
                       {"committee_size", 15}, {"chair_name", QStringLiteral("Chủ tịch")}};
  };
  p.push("C1", RecordKind::Congress, congress(QDate(2021, 3, 2)));   // in time
  p.push("C2", RecordKind::Congress, congress(QDate(2021, 7, 15)));  // after 30/6: late
  p.push("D1", RecordKind::Congress, congress(QDate(2021, 6, 24)));  // in time
  p.push("C3", RecordKind::Congress, congress(QDate(2021, 9, 1)));   // late for a commune; not D2's own
  p.push("19", RecordKind::Award,
         {{"recipient_name", QStringLiteral("Hội LHPN huyện 1")}, {"form", 2},
          {"awarded_by", QStringLiteral("UBND tỉnh")}, {"date", QDate(2021, 12, 20)}});
  p.push("19", RecordKind::CommitteeChange,
         {{"person_name", QStringLiteral("Lương Thị Ngâm")}, {"change", 1}, {"date", QDate(2020, 12, 30)}});
  const plan::IndicatorProgress communes = p.at("19", "0.2");
  CHECK(communes.unitsMet == 1);
  CHECK(communes.unitsTotal == 3);
  const plan::IndicatorProgress districts = p.at("19", "0.3");
  CHECK(districts.unitsMet == 1);  // D1: C3's congress, in D2's subtree, is not D2's own
  CHECK(districts.unitsTotal == 2);
  CHECK(p.at("D1", "0.3").status == plan::Status::Met);
  CHECK(p.at("D2", "0.3").status == plan::Status::NotMet);
}
