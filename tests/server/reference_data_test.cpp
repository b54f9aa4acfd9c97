// DESIGN §4, §5: the plan, the 2020 baselines and the org tree reach each device through its pulls, sent
// again only when what the device would get has changed.
#include "server_fixture.h"

#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"

#include <QSet>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

plan::UnitBaseline baseline(const char* unitId, qint64 members) {
  plan::UnitBaseline b;
  b.unitId = QString::fromLatin1(unitId);
  b.members = members;
  b.women18Plus = members + members / 4;
  return b;
}

void saveBaselines(ServerFixture& f, const std::vector<plan::UnitBaseline>& baselines) {
  Transaction tx(f.db(), Transaction::Mode::Write);
  PlanRepository(tx).saveBaselines(baselines);
  tx.commit();
}

void loadPlan(ServerFixture& f, const QByteArray& text) {
  Transaction tx(f.db(), Transaction::Mode::Write);
  PlanRepository(tx).insertPlan(2021, QStringLiteral("19"), QStringLiteral("thai-nguyen-2021.json"), text);
  tx.commit();
}

QStringList unitIds(const PullPage& page) {
  QStringList ids;
  for (const OrgUnit& unit : page.reference->units) ids.append(unit.id);
  return ids;
}

QSet<QString> baselineUnits(const PullPage& page) {
  QSet<QString> units;
  for (const plan::UnitBaseline& b : page.reference->baselines) units.insert(b.unitId);
  return units;
}

}  // namespace

TEST_CASE("the first pull brings the tree, the newest plan and the scope's baselines") {
  ServerFixture f;
  loadPlan(f, "{\"year\": 2021}");
  saveBaselines(f, {baseline("05449-1", 120)});
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage page = f.puller.pull(device, {}, 0, QString());
  REQUIRE(page.reference);
  CHECK(page.reference->version.size() == 64);  // hex SHA-256
  // Its ancestors, parents first, then itself: nothing of the rest of the province.
  CHECK(unitIds(page) == QStringList{QStringLiteral("19"), QStringLiteral("164"), QStringLiteral("05449"),
                                     QStringLiteral("05449-1")});
  REQUIRE(page.reference->common->plan);
  CHECK(page.reference->common->plan->year == 2021);
  CHECK(page.reference->common->plan->fileName == QStringLiteral("thai-nguyen-2021.json"));
  CHECK(page.reference->common->plan->text == "{\"year\": 2021}");
  REQUIRE(page.reference->baselines.size() == 1);
  CHECK(page.reference->baselines[0].members == 120);
}

TEST_CASE("reference data is sent when the version held differs, not when it is equal") {
  ServerFixture f;
  saveBaselines(f, {baseline("05449-1", 120)});
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage first = f.puller.pull(device, {}, 0, QString());
  REQUIRE(first.reference);
  const QString held = first.reference->version;
  CHECK_FALSE(f.puller.pull(device, first.nextCursor, 0, held).reference);
  const PullPage other = f.puller.pull(device, first.nextCursor, 0, QStringLiteral("an older version"));
  REQUIRE(other.reference);
  CHECK(other.reference->version == held);
  // A reset cursor downloads the scope again, reference data included.
  CHECK(f.puller.pull(device, QByteArray("not a cursor"), 0, held).reference);
}

TEST_CASE("baselines are limited to the device's unit and the units below it") {
  ServerFixture f;
  saveBaselines(f, {baseline("19", 5), baseline("164", 7), baseline("05449", 3), baseline("05449-1", 120),
                    baseline("05449-2", 80), baseline("05452-1", 90), baseline("05953-1", 60)});
  const Device branch = f.enrolDevice(QStringLiteral("05449-1"));
  const Device commune = f.enrolDevice(QStringLiteral("05449"));
  const Device province = f.enrolDevice(QStringLiteral("19"));
  CHECK(baselineUnits(f.puller.pull(branch, {}, 0, QString())) == QSet<QString>{QStringLiteral("05449-1")});
  CHECK(baselineUnits(f.puller.pull(commune, {}, 0, QString())) ==
        QSet<QString>{QStringLiteral("05449"), QStringLiteral("05449-1"), QStringLiteral("05449-2")});
  CHECK(baselineUnits(f.puller.pull(province, {}, 0, QString())).size() == 7);
  // Devices of different scopes hold different versions of the same tree and plan.
  CHECK(f.puller.pull(branch, {}, 0, QString()).reference->version !=
        f.puller.pull(commune, {}, 0, QString()).reference->version);
}

TEST_CASE("a plan loaded after enrolment reaches the device on its next pull") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage first = f.puller.pull(device, {}, 0, QString());
  REQUIRE(first.reference);
  CHECK_FALSE(first.reference->common->plan);
  loadPlan(f, "{\"year\": 2021}");
  const PullPage next = f.puller.pull(device, first.nextCursor, 0, first.reference->version);
  REQUIRE(next.reference);
  REQUIRE(next.reference->common->plan);
  CHECK(next.reference->common->plan->text == "{\"year\": 2021}");
  CHECK(next.reference->version != first.reference->version);
}

TEST_CASE("a tree change reaches the devices whose units it touches, and only those") {
  ServerFixture f;
  const Device branch = f.enrolDevice(QStringLiteral("05449-1"));
  const Device commune = f.enrolDevice(QStringLiteral("05449"));
  const PullPage branchFirst = f.puller.pull(branch, {}, 0, QString());
  const PullPage communeFirst = f.puller.pull(commune, {}, 0, QString());
  auto upsert = [&](const OrgUnit& unit) {
    Transaction tx(f.db(), Transaction::Mode::Write);
    OrgUnitRepository(tx).upsert({unit});
    tx.commit();
  };
  // A new branch beside this one: the commune's staff get it, the branch has nothing new to download.
  upsert(
      {QStringLiteral("05449-9"), QStringLiteral("05449"), QStringLiteral("Chi hội 9"), UnitLevel::Branch});
  CHECK_FALSE(f.puller.pull(branch, branchFirst.nextCursor, 0, branchFirst.reference->version).reference);
  const PullPage communeNext =
      f.puller.pull(commune, communeFirst.nextCursor, 0, communeFirst.reference->version);
  REQUIRE(communeNext.reference);
  CHECK(unitIds(communeNext).contains(QStringLiteral("05449-9")));
  // Its commune renamed: an ancestor's name is the branch's to show.
  upsert({QStringLiteral("05449"), QStringLiteral("164"), QStringLiteral("Phường Phan Đình Phùng (mới)"),
          UnitLevel::Commune});
  const PullPage branchNext =
      f.puller.pull(branch, branchFirst.nextCursor, 0, branchFirst.reference->version);
  REQUIRE(branchNext.reference);
  CHECK(branchNext.reference->units[2].name == QStringLiteral("Phường Phan Đình Phùng (mới)"));
}

TEST_CASE("the version names the content: storing the same baselines again sends nothing new") {
  ServerFixture f;
  saveBaselines(f, {baseline("05449-1", 120)});
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage first = f.puller.pull(device, {}, 0, QString());
  saveBaselines(f, {baseline("05449-1", 120)});  // bumps meta.progress_inputs, same figures
  CHECK_FALSE(f.puller.pull(device, first.nextCursor, 0, first.reference->version).reference);
  saveBaselines(f, {baseline("05449-1", 121)});
  CHECK(f.puller.pull(device, first.nextCursor, 0, first.reference->version).reference);
}

TEST_CASE("an app that predates reference data gets the tree on a first page only") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage first = f.puller.pull(device, {});
  REQUIRE(first.reference);
  CHECK_FALSE(f.puller.pull(device, first.nextCursor).reference);
}
