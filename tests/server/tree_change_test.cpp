// Moves and merges dated after today wait for their day, then are applied once, in date order, or fail
// with their reason when the tree no longer allows them; sohoi-admin lists and cancels them.
#include "admin_run.h"
#include "server_fixture.h"

#include "admin/tree_commands.h"
#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/plan_repository.h"
#include "storage/transaction.h"
#include "storage/tree_change_repository.h"
#include "tree/due_tree_change_timer.h"
#include "tree/due_tree_changes.h"

#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::admin;
using sohoi::server::test::AdminRun;
using sohoi::server::test::ServerFixture;

namespace {

const QDate kToday(2030, 2, 20);
const QDate kMarch(2030, 3, 1), kApril(2030, 4, 1);

struct Output {
  QString outText, errText;
  QTextStream out{&outText}, err{&errText};
};

QString pathOf(ServerFixture& f, const QString& unit) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  return OrgUnitRepository(tx).path(unit);
}

OrgUnit unitOf(ServerFixture& f, const QString& unit) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  std::optional<OrgUnit> found = OrgUnitRepository(tx).find(unit);
  REQUIRE(found);
  return *found;
}

std::vector<TreeChange> changesOf(ServerFixture& f) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  return TreeChangeRepository(tx).all();
}

// What running servers watch to notice the tree or progress inputs changed.
QStringList versionsOf(ServerFixture& f) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  return {MetaRepository(tx).value(QStringLiteral("tree_version")).value_or(QString()),
          PlanRepository(tx).inputsVersion()};
}

size_t historySize(ServerFixture& f) {
  Transaction tx(f.db(), Transaction::Mode::Read);
  return PlanRepository(tx).history().size();
}

}  // namespace

TEST_CASE("a move dated after today is scheduled and leaves today's tree and scopes as they are") {
  ServerFixture f;
  const Device commune = f.enrolDevice(QStringLiteral("05452"));
  const QStringList versions = versionsOf(f);
  Output o;
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
  CHECK(o.outText.contains(QStringLiteral("scheduled as tree change 1")));
  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05449/05449-1/"));
  CHECK(versionsOf(f) == versions);
  CHECK(historySize(f) == 0);
  const PushBatchResult pushed = f.push(commune, {ServerFixture::item(1, ServerFixture::newActivity("05449-1"))});
  CHECK(pushed.results.at(0).rejection.code == ReasonCode::OutOfScope);  // not 05452's branch yet
  const std::vector<TreeChange> changes = changesOf(f);
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].state == TreeChangeState::Scheduled);
  CHECK(changes[0].effectiveOn == kMarch);
}

TEST_CASE("a change dated today is applied at once") {
  ServerFixture f;
  Output o;
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kToday, kToday, o.out, o.err) == 0);
  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05452/05449-1/"));
  CHECK(changesOf(f).empty());
}

TEST_CASE("due changes are applied once each, in date order, bumping what servers watch") {
  ServerFixture f;
  Output o;
  // Scheduled in the other order: the merge (April) needs the move (March) to have happened first to
  // take 05449-1 along, which the date order guarantees.
  REQUIRE(mergeUnits(f.db(), "05452", "05449", kApril, kToday, o.out, o.err) == 0);
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
  const QStringList versions = versionsOf(f);

  CHECK(applyDueTreeChanges(f.db(), kMarch.addDays(-1)).empty());
  const std::vector<TreeChange> applied = applyDueTreeChanges(f.db(), kApril);
  REQUIRE(applied.size() == 2);
  CHECK(applied[0].kind == TreeChangeKind::Move);
  CHECK(applied[1].kind == TreeChangeKind::Merge);
  CHECK(applied[1].state == TreeChangeState::Applied);
  CHECK(applyDueTreeChanges(f.db(), kApril).empty());  // nothing twice

  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05449/05449-1/"));  // via 05452, back with the merge
  CHECK(pathOf(f, "05452-2") == QStringLiteral("/19/164/05449/05452-2/"));
  const OrgUnit merged = unitOf(f, "05452");
  CHECK(merged.closedOn == kApril);
  CHECK(merged.successorId == QStringLiteral("05449"));
  CHECK(merged.parentId == QStringLiteral("05449"));
  const QStringList after = versionsOf(f);
  CHECK(after[0] != versions[0]);
  CHECK(after[1] != versions[1]);
  for (const TreeChange& change : changesOf(f)) CHECK(change.state == TreeChangeState::Applied);
}

TEST_CASE("several processes settling due changes at once apply each exactly once") {
  // Every sohoi-server on the database, and every sohoi-admin command, settles what has come due; here two
  // Databases on one spec (two processes' connections), two threads each, all at once.
  ServerFixture f, alone;
  Output o;
  for (ServerFixture* fixture : {&f, &alone}) {
    REQUIRE(moveUnit(fixture->db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
    REQUIRE(moveUnit(fixture->db(), "05449-2", "05452", kMarch, kToday, o.out, o.err) == 0);
    REQUIRE(mergeUnits(fixture->db(), "05452", "05449", kApril, kToday, o.out, o.err) == 0);
  }
  REQUIRE(applyDueTreeChanges(alone.db(), kApril).size() == 3);
  std::unique_ptr<Database> other = ServerFixture::openOrFail(f.dbSpec());
  Database* databases[] = {&f.db(), other.get()};

  std::vector<std::vector<TreeChange>> settled(4);
  std::atomic<int> ready{0};
  std::vector<std::thread> threads;
  for (size_t i = 0; i < settled.size(); ++i)
    threads.emplace_back([&, i] {
      ++ready;
      while (ready < 4) std::this_thread::yield();
      settled[i] = applyDueTreeChanges(*databases[i % 2], kApril);
    });
  for (std::thread& thread : threads) thread.join();

  QList<qint64> ids;
  for (const std::vector<TreeChange>& some : settled)
    for (const TreeChange& change : some) {
      CHECK(change.state == TreeChangeState::Applied);
      ids.append(change.id);
    }
  std::sort(ids.begin(), ids.end());
  CHECK(ids == QList<qint64>{1, 2, 3});
  CHECK(historySize(f) == historySize(alone));  // no placement ended twice
  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05449/05449-1/"));
  CHECK(pathOf(f, "05452-2") == QStringLiteral("/19/164/05449/05452-2/"));
}

TEST_CASE("a scheduled change the tree has outgrown fails with its reason and changes nothing") {
  ServerFixture f;
  Output o;
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
  REQUIRE(mergeUnits(f.db(), "05452", "05449", kToday, kToday, o.out, o.err) == 0);  // meanwhile, at once
  const size_t history = historySize(f);
  const QStringList versions = versionsOf(f);

  const std::vector<TreeChange> settled = applyDueTreeChanges(f.db(), kMarch);
  REQUIRE(settled.size() == 1);
  CHECK(settled[0].state == TreeChangeState::Failed);
  CHECK(settled[0].reason.contains(QStringLiteral("A merged unit cannot be moved")));
  CHECK(describeTreeChange(settled[0]).contains(QStringLiteral("failed")));
  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05449/05449-1/"));
  CHECK(historySize(f) == history);
  CHECK(versionsOf(f) == versions);
  CHECK(changesOf(f).at(0).state == TreeChangeState::Failed);
  CHECK(applyDueTreeChanges(f.db(), kApril).empty());
}

TEST_CASE("scheduling refuses what applying at once refuses, and a second change for a unit on one day") {
  ServerFixture f;
  Output o;
  CHECK(moveUnit(f.db(), "99999", "05452", kMarch, kToday, o.out, o.err) == 1);
  CHECK(o.errText.contains(QStringLiteral("No unit 99999")));
  CHECK(moveUnit(f.db(), "164", "05449-1", kMarch, kToday, o.out, o.err) == 1);
  CHECK(o.errText.contains(QStringLiteral("cycle")));
  CHECK(mergeUnits(f.db(), "05449", "05449", kMarch, kToday, o.out, o.err) == 1);
  CHECK(mergeUnits(f.db(), "164", "05449", kMarch, kToday, o.out, o.err) == 1);
  CHECK(o.errText.contains(QStringLiteral("itself or a unit under it")));
  CHECK(changesOf(f).empty());

  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
  CHECK(mergeUnits(f.db(), "05449-1", "05449-2", kMarch, kToday, o.out, o.err) == 1);
  CHECK(o.errText.contains(QStringLiteral("already has a change scheduled for 2030-03-01")));
  CHECK(moveUnit(f.db(), "05449-1", "05950", kApril, kToday, o.out, o.err) == 0);  // another day is fine
  CHECK(changesOf(f).size() == 2);
}

TEST_CASE("sohoi-admin lists tree changes and cancels a scheduled one only") {
  ServerFixture f;
  const QString db = f.dbSpec();
  REQUIRE(admin({"--db", db, "move-unit", "05449-1", "--to", "05452", "--from", "2030-03-01"}, kToday).code == 0);
  REQUIRE(admin({"--db", db, "move-unit", "05449-2", "--to", "05452", "--from", "2030-04-01"}, kToday).code == 0);

  const AdminRun cancelled = admin({"--db", db, "cancel-change", "2"}, kToday);
  CHECK(cancelled.code == 0);
  CHECK(cancelled.out.contains(QStringLiteral("cancelled")));
  const AdminRun again = admin({"--db", db, "cancel-change", "2"}, kToday);
  CHECK(again.code == 1);
  CHECK(again.err.contains(QStringLiteral("is no longer scheduled (cancelled)")));
  const AdminRun unknown = admin({"--db", db, "cancel-change", "7"}, kToday);
  CHECK(unknown.code == 1);
  CHECK(unknown.err.contains(QStringLiteral("Không có thay đổi cây tổ chức số 7 / No tree change 7")));

  // The next command after the day comes applies change 1 first: it can no longer be cancelled.
  const AdminRun late = admin({"--db", db, "cancel-change", "1"}, kMarch);
  CHECK(late.code == 1);
  CHECK(late.err.contains(QStringLiteral("tree change 1 (move 05449-1 under 05452 from 2030-03-01): applied")));
  CHECK(late.err.contains(QStringLiteral("was applied from 2030-03-01 and cannot be cancelled")));
  CHECK(pathOf(f, "05449-2") == QStringLiteral("/19/164/05449/05449-2/"));  // cancelled: never applied

  const AdminRun listed = admin({"--db", db, "tree-changes"}, kApril);
  CHECK(listed.code == 0);
  const QStringList lines = listed.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].simplified() == QStringLiteral("id kind unit target effective state reason"));
  CHECK(lines[1].simplified() == QStringLiteral("1 move 05449-1 05452 2030-03-01 applied"));
  CHECK(lines[2].simplified() == QStringLiteral("2 move 05449-2 05452 2030-04-01 cancelled"));
}

TEST_CASE("sohoi-server applies due changes when it starts and as their day comes while it runs") {
  ServerFixture f;
  Output o;
  REQUIRE(moveUnit(f.db(), "05449-1", "05452", kMarch, kToday, o.out, o.err) == 0);
  REQUIRE(moveUnit(f.db(), "05449-2", "05452", kApril, kToday, o.out, o.err) == 0);
  std::atomic<qint64> day{kMarch.toJulianDay()};
  DueTreeChangeTimer timer(f.db(), [&] { return QDate::fromJulianDay(day.load()); }, std::chrono::milliseconds(5));
  CHECK(pathOf(f, "05449-1") == QStringLiteral("/19/164/05452/05449-1/"));  // at start, before serving
  CHECK(pathOf(f, "05449-2") == QStringLiteral("/19/164/05449/05449-2/"));
  day = kApril.toJulianDay();
  for (int tries = 0; tries < 2000 && pathOf(f, "05449-2") != QStringLiteral("/19/164/05452/05449-2/"); ++tries)
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  CHECK(pathOf(f, "05449-2") == QStringLiteral("/19/164/05452/05449-2/"));
}
