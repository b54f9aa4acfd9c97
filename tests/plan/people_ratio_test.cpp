// Shapes "distinct_people" and "ratio", computed by hand on the small province.
#include <catch2/catch.hpp>

#include "plan_test_support.h"

using namespace sohoi;
using namespace sohoi::plan;
using namespace sohoi::plan::test;

namespace {
constexpr int kBranchLeader = 1, kMember = 3;
constexpr int kUnionSkills = 1, kVocational = 3;
}  // namespace

TEST_CASE("distinct people: branch leaders trained, each once, counted where they belong") {
  const Plan plan = planWith(R"({"id": "bl", "group": 10, "title_vi": "Chi hội trưởng", "title_en": "Leaders",
      "level": "province", "shape": "distinct_people",
      "records": {"kind": "training", "where": {"kind": ["union_skills", "social_work"]}},
      "distinct": "trainee_ids", "people_where": {"role": "branch_leader"},
      "min": 3, "percent_of_baseline": {"baseline": "branch_leaders", "percent": 50}})");
  Records records;
  records.add(RecordKind::Person, "C1-1", person(kBranchLeader), "L1")
      .add(RecordKind::Person, "C3-1", person(kBranchLeader), "L2")
      .add(RecordKind::Person, "C1-2", person(kBranchLeader), "L3")
      .add(RecordKind::Person, "C2-1", person(kBranchLeader), "L4")
      .add(RecordKind::Person, "C1-1", person(kMember), "X")
      .add(RecordKind::Training, "P", training(kUnionSkills, QDate(2021, 3, 1), {"L1", "L2", "X"}))
      .add(RecordKind::Training, "C1", training(kUnionSkills, QDate(2021, 4, 1), {"L1", "L3"}))
      .add(RecordKind::Training, "C2", training(kVocational, QDate(2021, 4, 1), {"L4"}));
  BaselineTable baselines;
  for (const char* branch : {"C1-1", "C1-2", "C2-1", "C3-1"}) baselines.set({branch, 2020, 0, 0, 0, 1, 0, 0});
  const ProgressEngine engine(plan, smallTree(), baselines, records.list());

  // Province: L1 (twice, counted once), L2, L3 = 3; X is a member, L4's course is vocational.
  // Target: max(3, ceil(50% of 4 leaders) = 2) = 3; 3 ≥ 3.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 3);
  CHECK(province.target == 3);
  CHECK(province.valueUnit == ValueUnit::People);
  CHECK(province.status == Status::Met);
  // L2 was trained at the province's course but belongs to C3-1, so she counts for D2: 1 of ceil(50% × 1)
  // = 1.
  CHECK(evaluateAt(engine, "D2").value == 1);
  CHECK(evaluateAt(engine, "D2").target == 1);
  // D1: L1 and L3 = 2, against ceil(50% of 3) = 2, shown for reference.
  CHECK(evaluateAt(engine, "D1").value == 2);
  CHECK(evaluateAt(engine, "D1").target == 2);
  CHECK(evaluateAt(engine, "D1").status == Status::NotApplicable);
}

TEST_CASE("distinct people with a per-person sum: committee members giving at least 200,000 đ") {
  const Plan plan = planWith(R"({"id": "g", "group": 0, "title_vi": "Ủng hộ", "title_en": "Contribution",
      "level": "province", "shape": "distinct_people",
      "records": {"kind": "programme_contribution", "where": {"committee_member": true}},
      "distinct": "person_id", "fallback_field": "contributor_name",
      "per_person_sum": {"field": "amount", "min": 200000},
      "percent_of_baseline": {"baseline": "committee_members", "percent": 100}})");
  const auto gift = [](const QString& name, qint64 amount, bool committee, const QString& personId = {}) {
    QVariantMap fields{{"programme", 2},
                       {"contributor_name", name},
                       {"committee_member", committee},
                       {"amount", amount},
                       {"date", QDate(2021, 3, 8)}};
    if (!personId.isEmpty()) fields.insert("person_id", personId);
    return fields;
  };
  Records records;
  records.add(RecordKind::ProgrammeContribution, "P", gift("Lê Thị Lan", 100000, true))
      .add(RecordKind::ProgrammeContribution, "P", gift("  lê thị  LAN ", 150000, true))  // same name
      .add(RecordKind::ProgrammeContribution, "P", gift("Phạm Thu", 200000, true, "p-thu"))
      .add(RecordKind::ProgrammeContribution, "P", gift("Hoàng Hoa", 150000, true))
      .add(RecordKind::ProgrammeContribution, "P", gift("Người hảo tâm", 500000, false));
  BaselineTable baselines;
  baselines.set({"P", 2020, 0, 0, 0, 0, 0, 3});
  const ProgressEngine engine(plan, smallTree(), baselines, records.list());

  // Lan: 100,000 + 150,000 = 250,000 ≥ 200,000 (yes); Thu: 200,000 (yes); Hoa: 150,000 (no); the
  // benefactor is not on the committee. 2 of 3 committee members.
  const IndicatorProgress province = evaluateAt(engine, "P");
  CHECK(province.value == 2);
  CHECK(province.target == 3);
  CHECK(province.status == Status::NotMet);
}

TEST_CASE("ratio: distinct people employed ÷ distinct people trained in vocational courses") {
  const Plan plan = planWith(R"({"id": "e", "group": 5, "title_vi": "Việc làm", "title_en": "Employed",
      "level": "province", "shape": "ratio", "min_percent": 70,
      "numerator": {"records": {"kind": "training", "where": {"kind": ["vocational", "vocational_counselling"]}}, "distinct": "employed_ids"},
      "denominator": {"records": {"kind": "training", "where": {"kind": ["vocational", "vocational_counselling"]}}, "distinct": "trainee_ids"}})");
  Records records;
  records
      .add(RecordKind::Training, "C1",
           training(kVocational, QDate(2021, 5, 1), {"A", "B", "C", "D"}, {"A", "B"}))
      .add(RecordKind::Training, "C3", training(kVocational, QDate(2021, 8, 1), {"A", "E"}, {"A", "E"}))
      .add(RecordKind::Training, "C2", training(kUnionSkills, QDate(2021, 8, 1), {"F", "G"}));
  // Employed {A, B, E} = 3; trained {A, B, C, D, E} = 5; 3 ÷ 5 = 60% < 70%.
  const ProgressEngine engine(plan, smallTree(), {}, records.list());
  CHECK(evaluateAt(engine, "P").value == Approx(60));
  CHECK(evaluateAt(engine, "P").target == 70);
  CHECK(evaluateAt(engine, "P").status == Status::NotMet);

  // C finds work too (the course is edited): 4 ÷ 5 = 80% ≥ 70%.
  Records more = records;
  more.add(RecordKind::Training, "C2", training(kVocational, QDate(2021, 9, 1), {"C"}, {"C"}));
  const ProgressEngine later(plan, smallTree(), {}, more.list());
  CHECK(evaluateAt(later, "P").value == Approx(80));
  CHECK(evaluateAt(later, "P").status == Status::Met);
}

TEST_CASE("ratio: core members among members still in the union on the day read") {
  const Plan plan = planWith(R"({"id": "core", "group": 9, "title_vi": "Nòng cốt", "title_en": "Core",
      "level": "province", "shape": "ratio", "min_percent": 40,
      "numerator": {"records": {"kind": "member", "where": {"core": true}, "dated": "to_period_end", "ended_by": "left_on"}},
      "denominator": {"records": {"kind": "member", "dated": "to_period_end", "ended_by": "left_on"}}})");
  const auto member = [](int month, bool core, const QDate& leftOn = {}) {
    QVariantMap fields{
        {"full_name", QStringLiteral("Trần Thị B")}, {"joined_on", QDate(2021, month, 1)}, {"core", core}};
    if (leftOn.isValid()) fields.insert("left_on", leftOn);
    return fields;
  };
  Records records;
  records.add(RecordKind::Member, "C1-1", member(1, true))
      .add(RecordKind::Member, "C1-1", member(2, true))
      .add(RecordKind::Member, "C2-1", member(2, false))
      .add(RecordKind::Member, "C3-1", member(3, false))
      .add(RecordKind::Member, "C3-1", member(3, false))
      .add(RecordKind::Member, "C3-1", member(1, true, QDate(2021, 5, 1)));  // left in May
  // End of year: core 2 of 5 members = 40% ≥ 40%.
  const ProgressEngine engine(plan, smallTree(), {}, records.list());
  CHECK(evaluateAt(engine, "P").value == Approx(40));
  CHECK(evaluateAt(engine, "P").status == Status::Met);
  // On 30 April the leaver is still a member: core 3 of 6 = 50%.
  const ProgressEngine april(plan, smallTree(), {}, records.list(), QDate(2021, 4, 30));
  CHECK(evaluateAt(april, "P").value == Approx(50));
}
