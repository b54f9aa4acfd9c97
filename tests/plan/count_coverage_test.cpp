// Shapes "count" and "coverage", computed by hand on the small province of plan_test_support.h.
#include <catch2/catch.hpp>

#include "plan_test_support.h"

using namespace sohoi;
using namespace sohoi::plan;
using namespace sohoi::plan::test;

namespace {
constexpr int kPropaganda = 1, kNewRural = 3;
constexpr int kStartUp = 2, kModel = 1;

QVariantMap support(int kind, const QDate& date) {
  return {{"kind", kind}, {"name", QStringLiteral("Cơ sở")}, {"date", date}};
}
}  // namespace

TEST_CASE("count: records of the kind and filter in the period, summed over the subtree") {
  const Plan plan = planWith(R"({"id": "s", "group": 5, "title_vi": "Khởi nghiệp", "title_en": "Start-ups",
      "level": "province", "shape": "count",
      "records": {"kind": "economic_support", "where": {"kind": "start_up"}}, "min": 3})");
  Records records;
  records.add(RecordKind::EconomicSupport, "C1-1", support(kStartUp, QDate(2021, 3, 1)))
      .add(RecordKind::EconomicSupport, "C1-1", support(kStartUp, QDate(2021, 5, 1)))
      .add(RecordKind::EconomicSupport, "C3", support(kStartUp, QDate(2021, 9, 1)))
      .add(RecordKind::EconomicSupport, "C3", support(kStartUp, QDate(2020, 12, 31)))  // last year
      .add(RecordKind::EconomicSupport, "C2-1", support(kModel, QDate(2021, 4, 1)));   // another kind
  const ProgressEngine engine(plan, smallTree(), {}, records.list());

  // Province: 2 (C1-1) + 1 (C3) = 3 ≥ 3.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 3);
  CHECK(province.target == 3);
  CHECK(province.status == Status::Met);
  // D1 holds C1-1's 2; judged at the province only, so no target and no status here.
  const IndicatorProgress district = evaluateAt(engine, "D1");
  CHECK(district.value == 2);
  CHECK_FALSE(district.hasTarget);
  CHECK(district.status == Status::NotApplicable);
}

TEST_CASE("count: records after the evaluation date do not count yet") {
  const Plan plan = planWith(R"({"id": "s", "group": 5, "title_vi": "Khởi nghiệp", "title_en": "Start-ups",
      "level": "province", "shape": "count",
      "records": {"kind": "economic_support", "where": {"kind": "start_up"}}, "min": 3})");
  Records records;
  records.add(RecordKind::EconomicSupport, "C1-1", support(kStartUp, QDate(2021, 3, 1)))
      .add(RecordKind::EconomicSupport, "C1-1", support(kStartUp, QDate(2021, 5, 1)))
      .add(RecordKind::EconomicSupport, "C3", support(kStartUp, QDate(2021, 9, 1)));
  // As of 30 June: 2 (the September one is later) < 3.
  const ProgressEngine engine(plan, smallTree(), {}, records.list(), QDate(2021, 6, 30));
  CHECK(evaluateAt(engine, "P").value == 2);
  CHECK(evaluateAt(engine, "P").status == Status::NotMet);
}

TEST_CASE("count: a share of a baseline, e.g. every full-time cadre meets the title standard") {
  const Plan plan = planWith(R"({"id": "t", "group": 10, "title_vi": "Đạt chuẩn", "title_en": "Standard",
      "level": "province", "shape": "count",
      "records": {"kind": "person", "where": {"role": "full_time_cadre", "meets_title_standard": true}},
      "percent_of_baseline": {"baseline": "full_time_cadres", "percent": 100}})");
  QVariantMap meets = person(2);
  meets.insert("meets_title_standard", true);
  Records records;
  records.add(RecordKind::Person, "P", meets)
      .add(RecordKind::Person, "D1", meets)
      .add(RecordKind::Person, "D2", person(2));
  BaselineTable baselines;
  baselines.set({"P", 2020, 0, 0, 0, 0, 2, 0});
  baselines.set({"D1", 2020, 0, 0, 0, 0, 1, 0});
  const ProgressEngine engine(plan, smallTree(), baselines, records.list());

  // Baseline cadres: P 2 + D1 1 = 3, target 100% of 3 = 3; meeting the standard: P and D1 = 2 < 3.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 2);
  CHECK(province.target == 3);
  CHECK(province.status == Status::NotMet);
  // The share scales to lower units for reference: D1 has 1 of 1.
  CHECK(evaluateAt(engine, "D1").target == 1);
  CHECK(evaluateAt(engine, "D1").value == 1);
}

TEST_CASE("coverage: the share of commune units meeting a per-unit count") {
  const Plan plan = planWith(R"({"id": "c", "group": 2, "title_vi": "Tuyên truyền", "title_en": "Propaganda",
      "level": "commune", "shape": "coverage", "min_percent": 100,
      "per_unit": {"shape": "count", "records": {"kind": "activity", "where": {"kind": "propaganda"}}, "min": 2}})");
  Records records;
  records.add(RecordKind::Activity, "C1-1", activity(kPropaganda, QDate(2021, 2, 1)))
      .add(RecordKind::Activity, "C1-2", activity(kPropaganda, QDate(2021, 3, 1)))
      .add(RecordKind::Activity, "C2-1", activity(kPropaganda, QDate(2021, 3, 1)))
      .add(RecordKind::Activity, "C2-1", activity(kNewRural, QDate(2021, 3, 2)))  // another kind
      .add(RecordKind::Activity, "C3", activity(kPropaganda, QDate(2021, 1, 5)))
      .add(RecordKind::Activity, "C3-1", activity(kPropaganda, QDate(2021, 6, 5)))
      .add(RecordKind::Activity, "C3-1", activity(kPropaganda, QDate(2021, 7, 5)));
  const ProgressEngine engine(plan, smallTree(), {}, records.list());

  // Per commune: C1 = 1 + 1 = 2 (met), C2 = 1 (not met), C3 = 1 + 2 = 3 (met).
  CHECK(evaluateAt(engine, "C1").value == 2);
  CHECK(evaluateAt(engine, "C1").status == Status::Met);
  CHECK(evaluateAt(engine, "C2").status == Status::NotMet);
  CHECK(evaluateAt(engine, "C3").value == 3);
  // Province: 2 of 3 communes = 66.7% < 100%.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.unitsMet == 2);
  CHECK(province.unitsTotal == 3);
  CHECK(province.value == Approx(200.0 / 3));
  CHECK(province.status == Status::NotMet);
  // D1: 1 of 2 = 50%; D2: 1 of 1 = 100%, met.
  CHECK(evaluateAt(engine, "D1").value == Approx(50));
  CHECK(evaluateAt(engine, "D2").status == Status::Met);
  // A branch shows what it contributed, without a status.
  CHECK(evaluateAt(engine, "C1-1").value == 1);
  CHECK(evaluateAt(engine, "C1-1").status == Status::NotApplicable);
}

TEST_CASE("coverage by quarter reads the quarter of the evaluation date") {
  const Plan plan =
      planWith(R"({"id": "q", "group": 1, "title_vi": "Điển hình quý", "title_en": "Quarterly exemplars",
      "level": "district", "period": "quarter", "shape": "coverage", "min_percent": 100,
      "per_unit": {"shape": "count", "records": {"kind": "exemplar", "where": {"quarter_reportable": true}}, "min": 1}})");
  const auto exemplar = [](const QDate& date) {
    return QVariantMap{
        {"kind", 1}, {"name", QStringLiteral("Chị Lan")}, {"date", date}, {"quarter_reportable", true}};
  };
  Records records;
  records
      .add(RecordKind::Exemplar, "C1", exemplar(QDate(2021, 4, 10)))   // Q2, D1
      .add(RecordKind::Exemplar, "C3", exemplar(QDate(2021, 3, 30)));  // Q1, D2
  // As of 15 May the quarter is 1 Apr – 15 May: D1 has 1 (met), D2 has 0 (its March one is Q1): 1 of 2 = 50%.
  const ProgressEngine engine(plan, smallTree(), {}, records.list(), QDate(2021, 5, 15));
  CHECK(evaluateAt(engine, "D1").status == Status::Met);
  CHECK(evaluateAt(engine, "D2").status == Status::NotMet);
  CHECK(evaluateAt(engine, "P").value == Approx(50));
  // As of 31 March, Q1: D2 met, D1 not.
  const ProgressEngine march(plan, smallTree(), {}, records.list(), QDate(2021, 3, 31));
  CHECK(evaluateAt(march, "D2").status == Status::Met);
  CHECK(evaluateAt(march, "D1").status == Status::NotMet);
}
