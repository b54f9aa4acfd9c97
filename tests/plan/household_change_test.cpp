// "A household's status is its latest assessment": households newly meeting the 8 criteria (target 4.2)
// and female-headed households escaping poverty (4.3), by hand.
#include <catch2/catch.hpp>

#include "plan_test_support.h"

using namespace sohoi;
using namespace sohoi::plan;
using namespace sohoi::plan::test;

namespace {
const char* kNewlyAllEight =
    R"({"id": "h", "group": 4, "title_vi": "Hộ 5 không 3 sạch", "title_en": "Households",
    "level": "province", "shape": "count",
    "records": {"kind": "household_visit", "where": {"no_poverty": true, "no_law_violation": true,
      "no_domestic_violence": true, "no_third_child": true, "no_malnutrition_dropout": true,
      "clean_house": true, "clean_kitchen": true, "clean_lane": true}},
    "latest_by": "household_id", "change": "newly", "min": 2})";
}  // namespace

TEST_CASE("households newly meeting all 8 criteria: latest visit against the status at the start") {
  const Plan plan = planWith(kNewlyAllEight);
  Records records;
  records.add(RecordKind::HouseholdVisit, "C1-1", visit("H1", QDate(2021, 1, 10), false))
      .add(RecordKind::HouseholdVisit, "C1-1", visit("H1", QDate(2021, 10, 1), true))  // H1: not → all: new
      .add(RecordKind::HouseholdVisit, "C1-1", visit("H2", QDate(2021, 5, 1), true))   // H2: one visit only
      .add(RecordKind::HouseholdVisit, "C2-1", visit("H3", QDate(2021, 2, 1), true))
      .add(RecordKind::HouseholdVisit, "C2-1", visit("H3", QDate(2021, 11, 1), false))  // H3: latest fails
      .add(RecordKind::HouseholdVisit, "C3-1", visit("H4", QDate(2021, 3, 1), true))
      .add(RecordKind::HouseholdVisit, "C3-1", visit("H4", QDate(2021, 6, 1), true))  // H4: met already
      .add(RecordKind::HouseholdVisit, "C3-1", visit("H5", QDate(2021, 7, 1), false))
      .add(RecordKind::HouseholdVisit, "C3-1",
           visit("H5", QDate(2021, 7, 1), true))  // H5: same day, later edit
      .add(RecordKind::HouseholdVisit, "C3-1", visit("H6", QDate(2021, 4, 1), false))
      .add(RecordKind::HouseholdVisit, "C3-1",
           visit("H6", QDate(2021, 12, 5), true));  // H6: after the day read
  // As of 30 November: new are H1 and H5 = 2 (H2 has no earlier status, H3 fails now, H4 met at the start,
  // H6's December visit is later than the day read).
  const ProgressEngine engine(plan, smallTree(), {}, records.list(), QDate(2021, 11, 30));
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 2);
  CHECK(province.status == Status::Met);
  CHECK(evaluateAt(engine, "D1").value == 1);  // H1
  CHECK(evaluateAt(engine, "D2").value == 1);  // H5
  // At the year's end H6 is new as well: 3.
  const ProgressEngine yearEnd(plan, smallTree(), {}, records.list());
  CHECK(evaluateAt(yearEnd, "P").value == 3);
}

TEST_CASE("a visit before the year is the household's status at the start") {
  const Plan plan = planWith(kNewlyAllEight);
  Records records;
  records.add(RecordKind::HouseholdVisit, "C1-1", visit("H1", QDate(2020, 11, 1), false))
      .add(RecordKind::HouseholdVisit, "C1-1", visit("H1", QDate(2021, 4, 1), true))  // not → all: new
      .add(RecordKind::HouseholdVisit, "C1-1", visit("H2", QDate(2020, 11, 1), true))
      .add(RecordKind::HouseholdVisit, "C1-1", visit("H2", QDate(2021, 4, 1), true));  // all → all: not new
  const ProgressEngine engine(plan, smallTree(), {}, records.list());
  CHECK(evaluateAt(engine, "P").value == 1);
}

TEST_CASE("every commune helps a poor female-headed household out of poverty") {
  const Plan plan =
      planWith(R"({"id": "p", "group": 4, "title_vi": "Thoát nghèo", "title_en": "Out of poverty",
      "level": "commune", "shape": "coverage", "min_percent": 100,
      "per_unit": {"shape": "count", "min": 1,
        "records": {"kind": "household_visit", "where": {"no_poverty": true},
                    "ref": {"field": "household_id", "where": {"female_headed": true}}},
        "latest_by": "household_id", "change": "newly"}})");
  const auto household = [](bool femaleHeaded) {
    return QVariantMap{
        {"head_name", QStringLiteral("Hà Thị C")}, {"female_headed", femaleHeaded}, {"poor", true}};
  };
  const auto poverty = [](const QString& id, int month, bool noPoverty) {
    return QVariantMap{{"household_id", id}, {"date", QDate(2021, month, 1)}, {"no_poverty", noPoverty}};
  };
  Records records;
  records.add(RecordKind::Household, "C1-1", household(true), "H7")
      .add(RecordKind::Household, "C2-1", household(false), "H8")
      .add(RecordKind::HouseholdVisit, "C1-1", poverty("H7", 2, false))
      .add(RecordKind::HouseholdVisit, "C1-1", poverty("H7", 9, true))  // female-headed, escaped: counts
      .add(RecordKind::HouseholdVisit, "C2-1", poverty("H8", 2, false))
      .add(RecordKind::HouseholdVisit, "C2-1", poverty("H8", 9, true));  // escaped, but not female-headed
  const ProgressEngine engine(plan, smallTree(), {}, records.list());
  // C1: 1 ≥ 1 met; C2: 0; C3: 0. Province: 1 of 3.
  CHECK(evaluateAt(engine, "C1").status == Status::Met);
  CHECK(evaluateAt(engine, "C2").value == 0);
  CHECK(evaluateAt(engine, "P").unitsMet == 1);
  CHECK(evaluateAt(engine, "P").unitsTotal == 3);
}
