// The 2021 Thái Nguyên plan as shipped in data/plans: it loads, covers every target group of the seed,
// and every indicator evaluates on a small synthetic province, the same from scratch as in the whole.
#include <QSet>
#include <catch2/catch.hpp>

#include "plan/plan_loader.h"
#include "plan/progress_engine.h"

using namespace sohoi;
using namespace sohoi::plan;

namespace {

const QString kPlanPath = QStringLiteral(SOHOI_DATA_DIR "/plans/thai-nguyen-2021.json");

Plan shippedPlan() {
  const PlanLoadResult result = loadPlanFile(kPlanPath);
  for (const PlanError& error : result.errors) UNSCOPED_INFO(error.toString().toStdString());
  REQUIRE(result.ok());
  return *result.plan;
}

// Province 19 with 3 districts × 2 communes × 2 branches, a year of records in every unit, and baselines.
// District D3's communes attract only 50% of women, the others 83%.
struct Province {
  OrgTree tree;
  BaselineTable baselines;
  std::vector<RecordView> records;

  void add(RecordKind kind, const QString& unitId, QVariantMap fields, const QString& id = {}) {
    RecordView record;
    record.recordId = id.isEmpty() ? QStringLiteral("r%1").arg(records.size()) : id;
    record.kind = kind;
    record.unitId = unitId;
    record.hlc = static_cast<HlcStamp>(records.size() + 1);
    record.fields = std::move(fields);
    records.push_back(record);
  }
  void activity(const QString& unitId, int kind, const QDate& date) {
    add(RecordKind::Activity, unitId,
        {{"kind", kind}, {"title", QStringLiteral("Hoạt động")}, {"date", date}});
  }
  void person(const QString& id, const QString& unitId, int role, bool standard = false) {
    QVariantMap fields{{"full_name", QStringLiteral("Người %1").arg(id)}, {"role", role}, {"sex", 1}};
    if (standard) fields.insert("meets_title_standard", true);
    add(RecordKind::Person, unitId, fields, id);
  }
  void training(const QString& unitId, int kind, const QStringList& trainees,
                const QStringList& employed = {}) {
    QVariantMap fields{{"kind", kind},
                       {"title", QStringLiteral("Lớp")},
                       {"date", QDate(2021, 5, 10)},
                       {"trainee_ids", trainees}};
    if (!employed.isEmpty()) fields.insert("employed_ids", employed);
    add(RecordKind::Training, unitId, fields);
  }
};

void fillCommune(Province* p, const QString& commune, int index, qint64 women) {
  p->baselines.set({commune, 2020, 1000, women, 10'000'000, 0, 0, 0});
  p->add(RecordKind::FundReport, commune, {{"year", qint64{2021}}, {"amount", qint64{10'500'000}}});
  p->add(RecordKind::UnitRating, commune, {{"year", qint64{2021}}, {"rating", index == 1 ? 1 : 2}});
  for (int kind : {3, 4, 5, 6}) p->activity(commune, kind, QDate(2021, 4, 1));
  QStringList workers;
  for (int w = 1; w <= 3; ++w) {
    workers << QStringLiteral("%1-w%2").arg(commune).arg(w);
    p->person(workers.last(), commune, 4);
  }
  p->training(commune, 3, workers, workers.mid(0, 2));
  QStringList leaders;
  for (int b = 1; b <= 2; ++b) {
    const QString branch = QStringLiteral("%1-%2").arg(commune).arg(b);
    p->tree.add({branch, commune, QStringLiteral("Chi hội %1").arg(b), UnitLevel::Branch});
    p->baselines.set({branch, 2020, 0, 0, 0, 1, 0, 0});
    leaders << branch + QStringLiteral("-leader");
    p->person(leaders.last(), branch, 1);
    p->activity(branch, 1, QDate(2021, 3, 1 + b));
    const QString household = branch + QStringLiteral("-h");
    p->add(RecordKind::Household, branch,
           {{"head_name", QStringLiteral("Chủ hộ")}, {"female_headed", true}, {"poor", true}}, household);
    const QString help = branch + QStringLiteral("-help");
    p->add(RecordKind::EconomicSupport, branch,
           {{"kind", 4}, {"name", QStringLiteral("Giúp hộ thoát nghèo")}, {"date", QDate(2021, 5, 1)}}, help);
    QVariantMap before{{"household_id", household}, {"date", QDate(2021, 2, 1)}, {"poverty_status", 1}};
    QVariantMap after{{"household_id", household}, {"date", QDate(2021, 9, 1)}, {"poverty_status", 3},
                      {"help_id", help}};
    for (const char* criterion : {"no_poverty", "no_law_violation", "no_domestic_violence", "no_third_child",
                                  "no_malnutrition_dropout", "clean_house", "clean_kitchen", "clean_lane"})
      after.insert(QString::fromLatin1(criterion), true);
    p->add(RecordKind::HouseholdVisit, branch, before);
    p->add(RecordKind::HouseholdVisit, branch, after);
    for (int m = 0; m < 15; ++m)
      p->add(RecordKind::Member, branch,
             {{"full_name", QStringLiteral("Hội viên")},
              {"joined_on", QDate(2021, 3, 1)},
              {"core", m % 2 == 0}});
    p->add(RecordKind::Exemplar, branch,
           {{"kind", 2},
            {"name", QStringLiteral("Mô hình")},
            {"date", QDate(2021, 10, 15)},
            {"quarter_reportable", true}});
  }
  p->training(commune, 1, leaders);
  p->add(RecordKind::Congress, commune, {{"start_date", QDate(2021, 5, 10)}});
}

Province syntheticProvince() {
  Province p;
  p.tree.add({"19", "", "Tỉnh Thái Nguyên", UnitLevel::Province});
  p.baselines.set({"19", 2020, 0, 0, 0, 0, 1, 2});
  p.person("cadre-19", "19", 2, true);
  for (int s = 0; s < 5; ++s) {
    const QString founder = QStringLiteral("founder-%1").arg(s);
    p.person(founder, "19", 3);
    p.add(RecordKind::EconomicSupport, "19",
          {{"kind", 2}, {"name", QStringLiteral("Khởi nghiệp")}, {"date", QDate(2021, 7, 1)},
           {"person_ids", QStringList{founder}}});
  }
  p.add(RecordKind::EconomicSupport, "19",
        {{"kind", 3}, {"name", QStringLiteral("HTX")}, {"date", QDate(2021, 8, 1)}});
  for (const char* name : {"Lương Thị Ngâm", "Phạm Thị Thu Thủy"})
    p.add(RecordKind::ProgrammeContribution, "19",
          {{"programme", 2},
           {"contributor_name", QString::fromUtf8(name)},
           {"committee_member", true},
           {"amount", qint64{200'000}},
           {"date", QDate(2021, 3, 1)}});
  QStringList cadres;
  for (int d = 1; d <= 3; ++d) {
    const QString district = QStringLiteral("D%1").arg(d);
    p.tree.add({district, "19", QStringLiteral("Huyện %1").arg(d), UnitLevel::District});
    p.baselines.set({district, 2020, 0, 0, 0, 0, 1, 0});
    cadres << QStringLiteral("cadre-%1").arg(district);
    p.person(cadres.last(), district, 2, true);
    p.training(district, 2, {cadres.last()});  // each district trains its own cadre
    for (int kind : {9, 2, 7}) p.activity(district, kind, QDate(2021, 2, 1));
    for (int n = 0; n < 6; ++n)
      p.add(RecordKind::MediaPost, district,
            {{"title", QStringLiteral("Tin")}, {"outlet_level", 3}, {"date", QDate(2021, 6, 1)}});
    for (int n = 0; n < 2; ++n)
      p.add(RecordKind::EconomicSupport, district,
            {{"kind", 1}, {"name", QStringLiteral("Mô hình")}, {"date", QDate(2021, 6, 1)}});
    p.add(RecordKind::UnitRating, district, {{"year", qint64{2021}}, {"rating", 2}});
    p.add(RecordKind::Congress, district, {{"start_date", QDate(2021, 6, 24)}});
    for (int c = 1; c <= 2; ++c) {
      const QString commune = QStringLiteral("%1-C%2").arg(district).arg(c);
      p.tree.add({commune, district, QStringLiteral("Xã %1").arg(c), UnitLevel::Commune});
      fillCommune(&p, commune, c, d == 3 ? 2000 : 1200);
    }
  }
  p.training("19", 1, {"cadre-19"});
  return p;
}

bool sameProgress(const IndicatorProgress& a, const IndicatorProgress& b) {
  return a.indicatorId == b.indicatorId && a.value == Approx(b.value) && a.target == Approx(b.target) &&
         a.hasTarget == b.hasTarget && a.status == b.status && a.unitsMet == b.unitsMet &&
         a.unitsTotal == b.unitsTotal;
}

}  // namespace

TEST_CASE("the shipped 2021 plan loads and covers every target group and the contribution") {
  const Plan plan = shippedPlan();
  CHECK(plan.year == 2021);
  CHECK(plan.provinceId == "19");
  QSet<int> groups;
  for (const Indicator& indicator : plan.indicators) groups.insert(indicator.group);
  for (int group = 0; group <= 10; ++group) CHECK(groups.contains(group));
  // The readings that the brief names are written down.
  REQUIRE(plan.find("4.2"));
  CHECK(plan.find("4.2")->reading.contains(QStringLiteral("2.375")));
  CHECK(plan.find("9.1")->reading.contains(QStringLiteral("2.622")));
}

TEST_CASE("every indicator of the shipped plan evaluates on a synthetic province") {
  Province province = syntheticProvince();
  const ProgressEngine engine(shippedPlan(), province.tree, province.baselines, province.records);
  const UnitProgress root = engine.progress("19", 3);
  REQUIRE(root.indicators.size() == engine.plan().indicators.size());
  for (const IndicatorProgress& progress : root.indicators) {
    INFO(progress.indicatorId.toStdString() << " value " << progress.value << " target " << progress.target);
    CHECK(progress.status != Status::NotApplicable);
    CHECK(progress.hasTarget);
  }
  CHECK(root.children.size() == 3);
  CHECK(root.children.front().children.size() == 2);

  const auto at = [&](const char* id) { return engine.evaluate(*engine.plan().find(id), "19"); };
  // Every commune: 2 propaganda activities (one per branch), met everywhere.
  CHECK(at("2.1").status == Status::Met);
  // 12 households escaped poverty and now meet all 8 criteria: 12 < 2,375.
  CHECK(at("4.2").value == 12);
  CHECK(at("4.2").status == Status::NotMet);
  CHECK(at("4.3").status == Status::Met);
  // Vocational: 18 trained, 12 employed = 66.7% < 70%.
  CHECK(at("5.3").value == Approx(200.0 / 3));
  // Members: 6 communes × 1,000 = 6,000; +180 joined; 1% = 60: met.
  CHECK(at("9.1").value == 180);
  CHECK(at("9.1").target == 60);
  CHECK(at("9.1").status == Status::Met);
  // Cadres: 4 of 4 trained and at the standard; leaders: 12 trained of ≥ 1,188.
  CHECK(at("10.1").status == Status::Met);
  CHECK(at("10.3").status == Status::Met);
  CHECK(at("10.2").value == 12);
  CHECK(at("10.2").target == 1188);
  // Ratings: 3 of 6 communes excellent, none of the 3 districts: 3 of 9 district and commune unions.
  CHECK(at("8.3").value == Approx(100.0 / 3));
  // The two committee members gave 200,000 đ each.
  CHECK(at("0.1").status == Status::Met);
  // Five women helped to start up; every commune and district held its congress in time.
  CHECK(at("5.4").value == 5);
  CHECK(at("0.2").unitsMet == 6);
  CHECK(at("0.3").unitsMet == 3);
}

TEST_CASE("a district's figures equal a from-scratch recomputation over its own records") {
  Province province = syntheticProvince();
  const ProgressEngine whole(shippedPlan(), province.tree, province.baselines, province.records);
  for (const QString& district : {QStringLiteral("D1"), QStringLiteral("D2"), QStringLiteral("D3")}) {
    std::vector<RecordView> own;
    for (const RecordView& record : province.records)
      if (province.tree.isWithin(record.unitId, district)) own.push_back(record);
    const ProgressEngine fresh(shippedPlan(), province.tree, province.baselines, own);
    const auto expected = fresh.evaluateAll(district);
    const auto actual = whole.evaluateAll(district);
    REQUIRE(expected.size() == actual.size());
    for (size_t i = 0; i < actual.size(); ++i) {
      INFO(district.toStdString() << " " << actual[i].indicatorId.toStdString());
      CHECK(sameProgress(actual[i], expected[i]));
    }
  }
}
