// Not a timed test: prints how long the engine takes on a province-sized load, for the report.
// Run with: plan_tests "[bench]"
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <catch2/catch.hpp>
#include <iostream>

#include "plan/plan_loader.h"
#include "plan/progress_engine.h"

using namespace sohoi;
using namespace sohoi::plan;

TEST_CASE("progress engine on a province-sized load", "[.][bench]") {
  PlanLoadResult loaded = loadPlanFile(QStringLiteral(SOHOI_DATA_DIR "/plans/thai-nguyen-2021.json"));
  REQUIRE(loaded.ok());
  OrgTree tree;
  BaselineTable baselines;
  tree.add({"19", "", "Tỉnh", UnitLevel::Province});
  QStringList branches;
  for (int d = 0; d < 9; ++d) {
    const QString district = QStringLiteral("D%1").arg(d);
    tree.add({district, "19", district, UnitLevel::District});
    for (int c = 0; c < 20; ++c) {
      const QString commune = QStringLiteral("%1-C%2").arg(district).arg(c);
      tree.add({commune, district, commune, UnitLevel::Commune});
      baselines.set({commune, 2020, 1450, 1800, 10'000'000, 0, 0, 0});
      for (int b = 0; b < 13; ++b) {
        branches << QStringLiteral("%1-%2").arg(commune).arg(b);
        tree.add({branches.last(), commune, branches.last(), UnitLevel::Branch});
        baselines.set({branches.last(), 2020, 0, 0, 0, 1, 0, 0});
      }
    }
  }
  QRandomGenerator random(2021);
  std::vector<RecordView> records;
  const int total = 200'000;
  records.reserve(total);
  for (int i = 0; i < total; ++i) {
    RecordView record;
    record.recordId = QStringLiteral("r%1").arg(i);
    record.unitId = branches.at(random.bounded(branches.size()));
    record.hlc = static_cast<HlcStamp>(i + 1);
    const QDate date = QDate(2021, 1, 1).addDays(random.bounded(365));
    switch (i % 4) {
      case 0:
        record.kind = RecordKind::Activity;
        record.fields = {
            {"kind", random.bounded(1, 10)}, {"title", QStringLiteral("Hoạt động")}, {"date", date}};
        break;
      case 1:
        record.kind = RecordKind::HouseholdVisit;
        record.fields = {{"household_id", QStringLiteral("h%1").arg(random.bounded(60'000))},
                         {"date", date},
                         {"no_poverty", random.bounded(10) > 1},
                         {"clean_house", true}};
        break;
      case 2:
        record.kind = RecordKind::Member;
        record.fields = {
            {"full_name", QStringLiteral("Hội viên")}, {"joined_on", date}, {"core", random.bounded(2) == 0}};
        break;
      default:
        record.kind = RecordKind::Training;
        record.fields = {{"kind", random.bounded(1, 5)},
                         {"title", QStringLiteral("Lớp")},
                         {"date", date},
                         {"trainee_ids", QStringList{QStringLiteral("p%1").arg(random.bounded(30'000))}}};
    }
    records.push_back(std::move(record));
  }
  QElapsedTimer timer;
  timer.start();
  const ProgressEngine engine(*loaded.plan, tree, baselines, std::move(records));
  const qint64 built = timer.elapsed();
  timer.restart();
  const UnitProgress root = engine.progress("19", 1);
  const qint64 queried = timer.elapsed();
  std::cout << total << " records, " << tree.size() << " units: engine built in " << built
            << " ms; province with its districts, all " << root.indicators.size() << " indicators, in "
            << queried << " ms\n";
  CHECK(root.children.size() == 9);
}
