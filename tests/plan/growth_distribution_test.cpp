// Shapes "growth" (absolute, percentage, and the attraction-rate rule) and "distribution", by hand.
#include <catch2/catch.hpp>

#include "plan_test_support.h"

using namespace sohoi;
using namespace sohoi::plan;
using namespace sohoi::plan::test;

namespace {

const char* kMembersNow = R"({"baseline": "members",
    "plus": [{"records": {"kind": "member", "date_field": "joined_on"}}],
    "minus": [{"records": {"kind": "member", "date_field": "left_on"}}]})";

// `joined` members join in March in the branch; the first `left` of them leave in June.
void addMembers(Records* records, const QString& branch, int joined, int left) {
  for (int i = 0; i < joined; ++i) {
    QVariantMap fields{{"full_name", QStringLiteral("Hội viên %1").arg(i)}, {"joined_on", QDate(2021, 3, 1)}};
    if (i < left) fields.insert("left_on", QDate(2021, 6, 1));
    records->add(RecordKind::Member, branch, fields);
  }
}

BaselineTable memberBaselines() {
  BaselineTable baselines;
  baselines.set({"C1", 2020, 3000, 3500, 0, 0, 0, 0});
  baselines.set({"C2", 2020, 2000, 2500, 0, 0, 0, 0});
  baselines.set({"C3", 2020, 5000, 10000, 0, 0, 0, 0});
  return baselines;
}

QVariantMap rating(int year, int value) { return {{"year", year}, {"rating", value}}; }

}  // namespace

TEST_CASE("growth: members grow by a percentage of the 2020 baseline") {
  const QByteArray indicator =
      QByteArray(R"({"id": "m", "group": 9, "title_vi": "Hội viên", "title_en": "Members",
      "level": "province", "shape": "growth", "baseline": "members", "percent": 1, "current": )") +
      kMembersNow + "}";
  const Plan plan = planWith(indicator.constData());
  Records records;
  addMembers(&records, "C1-1", 120, 15);
  const ProgressEngine engine(plan, smallTree(), memberBaselines(), records.list());

  // Baseline 3,000 + 2,000 + 5,000 = 10,000; 1% = 100. Now: 10,000 + 120 joined − 15 left = 10,105: +105 ≥
  // 100.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 105);
  CHECK(province.target == 100);
  CHECK(province.status == Status::Met);
}

TEST_CASE("growth: the attraction rate decides whether a unit must grow 0.3% or 1%") {
  const QByteArray perUnit = QByteArray(R"({"shape": "growth", "baseline": "members",
      "attraction_rule": {"threshold_percent": 80, "above_percent": 0.3, "below_percent": 1}, "current": )") +
                             kMembersNow + "}";
  const QByteArray indicator =
      QByteArray(R"({"id": "a", "group": 9, "title_vi": "Thu hút", "title_en": "Attraction",
      "level": "district", "shape": "coverage", "min_percent": 100, "per_unit": )") +
      perUnit + "}";
  const Plan plan = planWith(indicator.constData());
  Records records;
  addMembers(&records, "C1-1", 15, 0);  // D1
  addMembers(&records, "C3-1", 50, 1);  // D2
  const ProgressEngine engine(plan, smallTree(), memberBaselines(), records.list());

  // D1: 5,000 members ÷ 6,000 women = 83.3% > 80%, so +0.3% of 5,000 = 15; it grew 15: met.
  const IndicatorProgress d1 = evaluateAt(engine, "D1");
  CHECK(d1.value == 15);
  CHECK(d1.target == 15);
  CHECK(d1.status == Status::Met);
  // D2: 5,000 ÷ 10,000 = 50% ≤ 80%, so +1% of 5,000 = 50; it grew 50 − 1 = 49: not met.
  const IndicatorProgress d2 = evaluateAt(engine, "D2");
  CHECK(d2.value == 49);
  CHECK(d2.target == 50);
  CHECK(d2.status == Status::NotMet);
  // Province: 1 of 2 districts = 50%.
  CHECK(evaluateAt(engine, "P").value == Approx(50));
}

TEST_CASE("coverage of a ratio: no commune unit below 50% of women aged 18+") {
  const QByteArray perUnit =
      QByteArray(
          R"({"shape": "ratio", "min_percent": 50, "denominator": {"baseline": "women_18_plus"}, "numerator": )") +
      kMembersNow + "}";
  const QByteArray indicator = QByteArray(R"({"id": "h", "group": 9, "title_vi": "50%", "title_en": "50%",
      "level": "commune", "shape": "coverage", "min_percent": 100, "per_unit": )") +
                               perUnit + "}";
  const Plan plan = planWith(indicator.constData());
  Records records;
  addMembers(&records, "C3-1", 10, 10);  // 10 join, and the same 10 leave
  const ProgressEngine engine(plan, smallTree(), memberBaselines(), records.list());
  // C1: 3,000 ÷ 3,500 = 85.7%; C2: 2,000 ÷ 2,500 = 80%; C3: (5,000 + 10 − 10) ÷ 10,000 = 50% ≥ 50%: all 3
  // met.
  CHECK(evaluateAt(engine, "C3").value == Approx(50));
  CHECK(evaluateAt(engine, "P").unitsMet == 3);
  CHECK(evaluateAt(engine, "P").status == Status::Met);
}

TEST_CASE("growth: each commune's latest 2021 fund report against its 2020 fund + 4%") {
  const Plan plan = planWith(R"({"id": "f", "group": 8, "title_vi": "Quỹ", "title_en": "Fund",
      "level": "commune", "shape": "coverage", "min_percent": 100,
      "per_unit": {"shape": "growth", "baseline": "fund", "percent": 4,
        "current": {"records": {"kind": "fund_report", "dated": "in_period"}, "sum": "amount", "latest_by": "$unit"}}})");
  BaselineTable baselines;
  baselines.set({"C1", 2020, 0, 0, 10'000'000, 0, 0, 0});
  baselines.set({"C2", 2020, 0, 0, 5'000'000, 0, 0, 0});
  const auto report = [](int year, qint64 amount) { return QVariantMap{{"year", year}, {"amount", amount}}; };
  Records records;
  records.add(RecordKind::FundReport, "C1", report(2021, 10'300'000))
      .add(RecordKind::FundReport, "C1", report(2021, 10'400'000))  // later report of the same year wins
      .add(RecordKind::FundReport, "C2", report(2021, 5'100'000))
      .add(RecordKind::FundReport, "C2", report(2020, 9'999'999))  // last year's: not this period
      .add(RecordKind::FundReport, "C3", report(2021, 2'000'000));
  const ProgressEngine engine(plan, smallTree(), baselines, records.list());

  // C1: 10,400,000 − 10,000,000 = +400,000 ≥ 4% of 10,000,000 = 400,000: met.
  CHECK(evaluateAt(engine, "C1").value == 400'000);
  CHECK(evaluateAt(engine, "C1").target == 400'000);
  CHECK(evaluateAt(engine, "C1").valueUnit == ValueUnit::Dong);
  CHECK(evaluateAt(engine, "C1").status == Status::Met);
  // C2: +100,000 < 200,000: not met. C3: no 2020 fund, now 2,000,000: it has built a fund, met.
  CHECK(evaluateAt(engine, "C2").status == Status::NotMet);
  CHECK(evaluateAt(engine, "C3").status == Status::Met);
  CHECK(evaluateAt(engine, "P").unitsMet == 2);
  CHECK(evaluateAt(engine, "P").unitsTotal == 3);
}

TEST_CASE("growth: a unit without a report for the period has not met its target") {
  const Plan plan = planWith(R"({"id": "f", "group": 8, "title_vi": "Quỹ", "title_en": "Fund",
      "level": "commune", "shape": "growth", "baseline": "fund", "percent": 4,
      "current": {"records": {"kind": "fund_report", "dated": "in_period"}, "sum": "amount", "latest_by": "$unit"}})");
  const ProgressEngine engine(plan, smallTree(), {}, {});
  CHECK(evaluateAt(engine, "C1").status == Status::NotMet);
}

TEST_CASE("distribution: shares of units by their own latest rating of the year") {
  const Plan plan = planWith(R"(
      {"id": "good", "group": 8, "title_vi": "Tốt", "title_en": "Good", "level": "commune", "shape": "distribution",
       "records": {"kind": "unit_rating", "where": {"rating": ["excellent", "good"]}}, "min_percent": 100},
      {"id": "excellent", "group": 8, "title_vi": "Xuất sắc", "title_en": "Excellent", "level": "commune",
       "shape": "distribution", "records": {"kind": "unit_rating", "where": {"rating": "excellent"}}, "min_percent": 20},
      {"id": "none-poor", "group": 8, "title_vi": "Không kém", "title_en": "None poor", "level": "commune",
       "shape": "distribution", "records": {"kind": "unit_rating", "where": {"rating": ["average", "poor"]}}, "max_percent": 0})");
  constexpr int kExcellent = 1, kGood = 2, kFair = 3;
  Records records;
  records.add(RecordKind::UnitRating, "C1", rating(2021, kGood))
      .add(RecordKind::UnitRating, "C2", rating(2021, kExcellent))
      .add(RecordKind::UnitRating, "C2", rating(2021, kFair))        // corrected later: fair
      .add(RecordKind::UnitRating, "C3", rating(2020, kExcellent))   // last year's
      .add(RecordKind::UnitRating, "D1", rating(2021, kExcellent));  // a district's: not a commune
  const ProgressEngine engine(plan, smallTree(), {}, records.list());

  // Good or better: C1 only (C2 is now fair, C3 unrated for 2021): 1 of 3 = 33.3% < 100%.
  CHECK(evaluateAt(engine, "P", "good").value == Approx(100.0 / 3));
  CHECK(evaluateAt(engine, "P", "good").status == Status::NotMet);
  CHECK(evaluateAt(engine, "C1", "good").status == Status::Met);
  CHECK(evaluateAt(engine, "C2", "good").status == Status::NotMet);
  // Excellent: 0 of 3 = 0% < 20%.
  CHECK(evaluateAt(engine, "P", "excellent").value == 0);
  CHECK(evaluateAt(engine, "P", "excellent").status == Status::NotMet);
  // Average or poor: 0 of 3 = 0% ≤ 0%: met.
  CHECK(evaluateAt(engine, "P", "none-poor").status == Status::Met);
  // D1 alone: good or better 1 of 2 communes = 50%.
  CHECK(evaluateAt(engine, "D1", "good").value == Approx(50));
}
