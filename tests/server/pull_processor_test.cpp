// DESIGN §5 on the way down: scope-filtered, commit-ordered, resumable, and reset after a restore.
#include "rows_read.h"
#include "server_fixture.h"
#include "test_database.h"

#include "storage/meta_repository.h"
#include "storage/org_unit_repository.h"
#include "storage/record_repository.h"
#include "storage/transaction.h"
#include "sync/pull_cursor.h"

#include <QSet>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::rowsRead;
using sohoi::server::test::ServerFixture;

namespace {

// Adds count new branches under commune: enough of them make its scope too large to be read unit by unit.
std::vector<OrgUnit> addBranches(ServerFixture& f, const QString& commune, int count) {
  std::vector<OrgUnit> added;
  for (int n = 0; n < count; ++n)
    added.push_back(OrgUnit{QStringLiteral("%1-x%2").arg(commune).arg(n), commune,
                            QStringLiteral("Chi hội mới %1").arg(n), UnitLevel::Branch});
  Transaction tx(f.db(), Transaction::Mode::Write);
  OrgUnitRepository(tx).upsert(added);
  tx.commit();
  return added;
}

}  // namespace

TEST_CASE("pull returns only the device's subtree") {
  ServerFixture f;
  const Device branchA = f.enrolDevice(QStringLiteral("05449-1"));
  const Device branchB = f.enrolDevice(QStringLiteral("05449-2"));
  const Device otherCommune = f.enrolDevice(QStringLiteral("05953-1"));
  const Device commune = f.enrolDevice(QStringLiteral("05449"));
  f.push(branchA, {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05449-1")))});
  f.push(branchB, {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05449-2")))});
  f.push(otherCommune, {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05953-1")))});

  CHECK(ServerFixture::unitsOf(f.puller.pull(branchA, {})) == QSet<QString>{QStringLiteral("05449-1")});
  CHECK(ServerFixture::unitsOf(f.puller.pull(commune, {})) ==
        QSet<QString>{QStringLiteral("05449-1"), QStringLiteral("05449-2")});
  CHECK(ServerFixture::unitsOf(f.puller.pull(otherCommune, {})) == QSet<QString>{QStringLiteral("05953-1")});
}

TEST_CASE("a scope's pull brings each of its units' changes once, however many units it has") {
  // 9 units: a list of ids padded to 16 by repeating the last; 71: more than a small scope, read by path.
  for (const int branches : {8, 70}) {
    ServerFixture f;
    const QString commune = QStringLiteral("05452");
    const std::vector<OrgUnit> added = addBranches(f, commune, branches);
    const Device staff = f.enrolDevice(commune);
    std::vector<PushItem> items;
    QSet<QString> expected;
    for (const OrgUnit& branch : added) {
      items.push_back(ServerFixture::item(items.size() + 1, ServerFixture::newActivity(branch.id)));
      expected.insert(branch.id);
    }
    f.push(staff, items);
    f.push(f.enrolDevice(QStringLiteral("05449-1")),
           {ServerFixture::item(1, ServerFixture::newActivity(QStringLiteral("05449-1")))});

    const PullPage page = f.puller.pull(staff, {});
    INFO(branches << " new branches");
    CHECK(page.changes.size() == added.size());
    CHECK(ServerFixture::unitsOf(page) == expected);
    CHECK_FALSE(page.hasMore);
  }
}

TEST_CASE("the first page carries the device's units of the org tree, later pages do not") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage first = f.puller.pull(device, {});
  REQUIRE(first.reference);
  CHECK(first.reference->units.size() == 4);  // the branch, its commune, district and province
  CHECK_FALSE(first.reset);
  const PullPage second = f.puller.pull(device, first.nextCursor);
  CHECK_FALSE(second.reference);
  CHECK(second.changes.empty());
}

TEST_CASE("pull pages in feed order and resumes from its cursor") {
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  std::vector<PushItem> items;
  for (quint64 seq = 1; seq <= 5; ++seq) items.push_back(ServerFixture::item(seq, ServerFixture::newActivity(branch)));
  f.push(device, items);

  QStringList seen;
  QByteArray cursor;
  int pages = 0;
  for (bool more = true; more; ++pages) {
    const PullPage page = f.puller.pull(device, cursor, 2);
    for (const FeedEntry& change : page.changes) seen << change.version.versionId;
    cursor = page.nextCursor;
    more = page.hasMore;
    REQUIRE(pages < 10);
  }
  CHECK(pages == 3);
  QStringList pushed;
  for (const PushItem& item : items) pushed << item.version.versionId;
  CHECK(seen == pushed);
  CHECK(f.puller.pull(device, cursor).changes.empty());
}

TEST_CASE("a branch's pages keep feed order where its versions and those that left it interleave") {
  // A branch's scope is one unit, read through two indexes merged as they are read: the order must hold
  // across both, one change a page.
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1"), next = QStringLiteral("05449-2");
  const Device device = f.enrolDevice(branch);
  const Device commune = f.enrolDevice(QStringLiteral("05449"));
  const QByteArray start = f.puller.pull(device, {}).nextCursor;
  std::vector<PushItem> mine;
  for (quint64 seq = 1; seq <= 3; ++seq)
    mine.push_back(ServerFixture::item(seq, ServerFixture::newActivity(branch)));
  f.push(device, mine);
  const auto movedAway = [&](const RecordVersion& version) {
    RecordVersion moved = ServerFixture::editOf(version, {});
    moved.unitId = next;
    return moved;
  };
  const RecordVersion leaves1 = movedAway(mine[0].version), leaves2 = movedAway(mine[2].version);
  const RecordVersion stays = ServerFixture::newActivity(branch);
  f.push(commune,
         {ServerFixture::item(1, leaves1), ServerFixture::item(2, stays), ServerFixture::item(3, leaves2),
          ServerFixture::item(4, ServerFixture::newActivity(next))});

  QStringList seen;
  quint64 lastPosition = 0;
  QByteArray cursor = start;
  for (bool more = true; more;) {
    const PullPage page = f.puller.pull(device, cursor, 1);
    REQUIRE(page.changes.size() <= 1);
    for (const FeedEntry& change : page.changes) {
      CHECK(change.position > lastPosition);
      lastPosition = change.position;
      seen << (change.leftScope ? QStringLiteral("left ") + change.version.recordId
                                : change.version.versionId);
    }
    cursor = page.nextCursor;
    more = page.hasMore;
    REQUIRE(seen.size() <= 10);
  }
  CHECK(seen == QStringList{mine[0].version.versionId, mine[1].version.versionId, mine[2].version.versionId,
                            QStringLiteral("left ") + leaves1.recordId, stays.versionId,
                            QStringLiteral("left ") + leaves2.recordId});
}

TEST_CASE("each change carries its record's current head and conflict state") {
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  const RecordVersion v1 = ServerFixture::newActivity(branch);
  const RecordVersion v2 = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Mới")}});
  f.push(device, {ServerFixture::item(1, v1), ServerFixture::item(2, v2)});
  const PullPage page = f.puller.pull(device, {});
  REQUIRE(page.changes.size() == 2);
  CHECK(page.changes[0].headVersionId == v2.versionId);
  CHECK(page.changes[0].conflict == ConflictState::None);
}

TEST_CASE("a page after its cursor leaves out the device's own versions still current, and sends the rest") {
  // A commune's own few units are read by id; with 70 more branches, by walking the feed.
  for (const int extraBranches : {0, 70}) {
    ServerFixture f;
    const QString commune = QStringLiteral("05452");
    addBranches(f, commune, extraBranches);
    const Device own = f.enrolDevice(commune);
    const Device other = f.enrolDevice(commune);
    const QByteArray start = f.puller.pull(own, {}).nextCursor;

    const RecordVersion a1 = ServerFixture::newActivity(commune);
    const RecordVersion a2 = ServerFixture::editOf(a1, {{QStringLiteral("title"), QStringLiteral("Sửa")}});
    const RecordVersion b1 = ServerFixture::newActivity(commune);
    const RecordVersion d1 = ServerFixture::newActivity(commune);
    const RecordVersion d2 =
        ServerFixture::editOf(d1, {{QStringLiteral("title"), QStringLiteral("Của tôi")}});
    f.push(own, {ServerFixture::item(1, a1), ServerFixture::item(2, a2), ServerFixture::item(3, b1),
                 ServerFixture::item(4, d1), ServerFixture::item(5, d2)});
    // Another device's record, and its edit of d1's title from d1: a hard conflict, d2 stays the head.
    const RecordVersion c1 = ServerFixture::newActivity(commune);
    const RecordVersion e = ServerFixture::editOf(d1, {{QStringLiteral("title"), QStringLiteral("Của chị")}});
    f.push(other, {ServerFixture::item(1, c1), ServerFixture::item(2, e)});

    const auto versionsPulled = [&](const QByteArray& from, bool omitOwnCurrent, int pageSize) {
      QStringList seen;
      QByteArray cursor = from;
      for (bool more = true; more;) {
        const PullPage page = f.puller.pull(own, cursor, pageSize, std::nullopt, omitOwnCurrent);
        for (const FeedEntry& change : page.changes) seen << change.version.versionId;
        cursor = page.nextCursor;
        more = page.hasMore;
        REQUIRE(seen.size() < 20);
      }
      CHECK(f.puller.pull(own, cursor, pageSize, std::nullopt, omitOwnCurrent).changes.empty());
      return seen;
    };
    INFO(extraBranches << " more branches");
    const QStringList everything{a1.versionId, a2.versionId, b1.versionId, d1.versionId,
                                 d2.versionId, c1.versionId, e.versionId};
    // a2 and b1 are current and its own; a1 and d1 were superseded, d2 is in a conflict, c1 and e are
    // another's.
    const QStringList rest{a1.versionId, d1.versionId, d2.versionId, c1.versionId, e.versionId};
    CHECK(versionsPulled(start, true, 0) == rest);
    CHECK(versionsPulled(start, true, 2) == rest);  // pages of two: the cursor moves past what is left out
    CHECK(versionsPulled(start, false, 0) == everything);
    CHECK(versionsPulled({}, true, 0) == everything);  // from the start: records that left may be back
    const PullPage later = f.puller.pull(other, {}, 0, std::nullopt, true);
    CHECK(static_cast<qsizetype>(later.changes.size()) == everything.size());
  }
}

namespace {

QStringList versionIdsOf(const PullPage& page) {
  QStringList ids;
  for (const FeedEntry& change : page.changes) ids << change.version.versionId;
  return ids;
}

}  // namespace

TEST_CASE(
    "a pull answered with a push steps over what the push made current, and brings what changed since") {
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device own = f.enrolDevice(branch);
  const Device other = f.enrolDevice(branch);
  const QByteArray cursor = f.puller.pull(own, {}).nextCursor;
  const RecordVersion a = ServerFixture::newActivity(branch);
  const RecordVersion b = ServerFixture::newActivity(branch);
  const RecordVersion bEdit = ServerFixture::editOf(b, {{QStringLiteral("title"), QStringLiteral("Sửa")}});
  const PushBatchResult pushed =
      f.push(own, {ServerFixture::item(1, a), ServerFixture::item(2, b), ServerFixture::item(3, bEdit)});
  REQUIRE_FALSE(pushed.ownHeads.empty());
  CHECK(pushed.ownHeads.last - pushed.ownHeads.first == 2);  // the batch's three versions, one after another
  // Another device edits one of them after the push was stored and before its pull is read.
  const RecordVersion aEdit =
      ServerFixture::editOf(a, {{QStringLiteral("title"), QStringLiteral("Của chị")}});
  f.push(other, {ServerFixture::item(1, aEdit)});

  const PullPage page = f.puller.pull(own, cursor, 0, std::nullopt, true, pushed.ownHeads);
  CHECK(versionIdsOf(page) == QStringList{aEdit.versionId});
  REQUIRE(page.changes.size() == 1);
  CHECK(page.changes[0].headVersionId == aEdit.versionId);
  CHECK_FALSE(page.hasMore);
  CHECK(f.puller.pull(own, page.nextCursor, 0, std::nullopt, true).changes.empty());
  // Without leaving its own out, or from the start, the device is sent all of them as before.
  CHECK(versionIdsOf(f.puller.pull(own, cursor, 0, std::nullopt, false, pushed.ownHeads)) ==
        QStringList{a.versionId, b.versionId, bEdit.versionId, aEdit.versionId});
  CHECK(versionIdsOf(f.puller.pull(own, {}, 0, std::nullopt, true, pushed.ownHeads)).size() == 4);
  // The other device, which pushed nothing in its call, is sent the three versions it did not make.
  CHECK(versionIdsOf(f.puller.pull(other, cursor, 0, std::nullopt, true, FeedRange{})).size() == 3);
}

TEST_CASE("a push that merges or lands on a conflict names nothing for its pull to step over") {
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device own = f.enrolDevice(branch);
  const Device other = f.enrolDevice(branch);
  const RecordVersion a = ServerFixture::newActivity(branch);
  CHECK_FALSE(f.push(own, {ServerFixture::item(1, a)}).ownHeads.empty());
  f.push(other, {ServerFixture::item(
                    1, ServerFixture::editOf(a, {{QStringLiteral("title"), QStringLiteral("X")}}))});

  // From a, while the head is the other device's: another field merges, the same field conflicts. Either
  // way the server stored a version the device does not hold, or a head that is not its version.
  const RecordVersion merging =
      ServerFixture::editOf(a, {{QStringLiteral("place"), QStringLiteral("Sân đình")}});
  const PushBatchResult merged = f.push(own, {ServerFixture::item(2, merging)});
  REQUIRE(merged.results.size() == 1);
  CHECK(merged.results[0].outcome == PushOutcome::Merged);
  CHECK(merged.ownHeads.empty());
  const RecordVersion clashing = ServerFixture::editOf(a, {{QStringLiteral("title"), QStringLiteral("Y")}});
  const PushBatchResult clashed = f.push(
      own, {ServerFixture::item(3, ServerFixture::newActivity(branch)), ServerFixture::item(4, clashing)});
  REQUIRE(clashed.results.size() == 2);
  CHECK(clashed.results[1].outcome == PushOutcome::Conflict);
  CHECK(clashed.ownHeads.empty());
  // Nothing new stored (a resend): nothing to step over either.
  CHECK(f.push(own, {ServerFixture::item(1, a)}).ownHeads.empty());
}

TEST_CASE("a cursor from another epoch resets") {
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  f.push(device, {ServerFixture::item(1, ServerFixture::newActivity(branch))});
  const PullPage first = f.puller.pull(device, {});
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    MetaRepository(tx).rotateEpoch();
    tx.commit();
  }
  const PullPage after = f.puller.pull(device, first.nextCursor);
  CHECK(after.reset);
  CHECK(after.changes.size() == 1);  // the whole scope again
  CHECK(after.reference);
  CHECK(after.epoch != first.epoch);
}

TEST_CASE("a cursor that is not a cursor resets") {
  ServerFixture f;
  const Device device = f.enrolDevice(QStringLiteral("05449-1"));
  const PullPage page = f.puller.pull(device, QByteArray("not a cursor"));
  CHECK(page.reset);
}

TEST_CASE("a cursor whose version no longer matches resets") {
  // The careless restore is made with SQLite's VACUUM INTO; on PostgreSQL the restore tests
  // (tests/integration/restore_test.cpp) cover the same through a real server.
  if (testing::testsOnPostgres()) return;
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  f.push(device, {ServerFixture::item(1, ServerFixture::newActivity(branch))});
  // A backup taken now keeps the same epoch (as a careless restore would).
  const QString backup = f.tempPath(QStringLiteral("backup.db"));
  {
    QSqlQuery vacuum(f.db().connection());  // VACUUM cannot run inside a transaction
    REQUIRE(vacuum.exec(QStringLiteral("VACUUM INTO '%1'").arg(backup)));
  }
  f.push(device, {ServerFixture::item(2, ServerFixture::newActivity(branch))});
  const PullPage before = f.puller.pull(device, {});
  REQUIRE(PullCursor::decode(before.nextCursor)->position == 2);

  // The restored copy gets another version at position 2.
  std::unique_ptr<Database> restored = ServerFixture::openOrFail(QStringLiteral("sqlite:") + backup);
  OrgTreeCache trees;
  PushProcessor(*restored, trees).push(device, {ServerFixture::item(2, ServerFixture::newActivity(branch))});
  const PullPage after = PullProcessor(*restored).pull(device, before.nextCursor);
  CHECK(after.reset);
  CHECK(after.changes.size() == 2);
}

TEST_CASE("on PostgreSQL a page of a branch's feed reads a page of rows, not the branch's whole backlog") {
  // A tablet back from weeks offline, or one that pushed a large backlog, pulls page after page. When a page
  // sorted every row after the cursor and joined them to records before keeping the first few, each page
  // read the whole backlog (and, once the branch was large, the whole records table), so a long backlog
  // cost the square of its length. PostgreSQL counts the rows each session reads from each table.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  quint64 start = 0;
  {
    Transaction tx(f.db(), Transaction::Mode::Read);
    start = RecordRepository(tx).feedEnds(0).lastPosition;
  }
  constexpr int kBacklog = 400, kPage = 10;
  f.pushActivities(device, branch, kBacklog);
  f.db().refreshPlannerStatistics();  // as autovacuum would after such a burst
  Transaction tx(f.db(), Transaction::Mode::Read);
  const qint64 versionsBefore = rowsRead(tx, QStringLiteral("versions"));
  const qint64 recordsBefore = rowsRead(tx, QStringLiteral("records"));
  CHECK(RecordRepository(tx).feed(start, {branch}, kPage).size() == kPage);
  // Each of the page's two parts (the branch's versions, and those that left it) stops at a page.
  CHECK(rowsRead(tx, QStringLiteral("versions")) - versionsBefore <= 2 * kPage + 2);
  CHECK(rowsRead(tx, QStringLiteral("records")) - recordsBefore <= 2 * kPage);
}

TEST_CASE("a branch's pull read in one statement gives the page a pull in a transaction gives") {
  // The processor that has pulled before holds the scope's reference data and reads in one statement; a
  // new one has nothing cached and reads in a transaction. Every page must be the same.
  ServerFixture f;
  const QString branch = QStringLiteral("05449-1");
  const Device device = f.enrolDevice(branch);
  const Device commune = f.enrolDevice(QStringLiteral("05449"));
  const QByteArray start = f.puller.pull(device, {}).nextCursor;  // caches the branch's reference data
  std::vector<PushItem> mine;
  for (quint64 seq = 1; seq <= 4; ++seq)
    mine.push_back(ServerFixture::item(seq, ServerFixture::newActivity(branch)));
  f.push(device, mine);
  // The commune's staff edit one of them and move another to the next branch: it leaves the scope.
  RecordVersion moved = ServerFixture::editOf(mine[1].version, {});
  moved.unitId = QStringLiteral("05449-2");
  const RecordVersion edited =
      ServerFixture::editOf(mine[0].version, {{QStringLiteral("title"), QStringLiteral("Sửa")}});
  f.push(commune, {ServerFixture::item(1, edited), ServerFixture::item(2, moved),
                   ServerFixture::item(3, ServerFixture::newActivity(QStringLiteral("05449-2")))});

  const auto same = [](const PullPage& a, const PullPage& b) {
    const auto entries = [](const PullPage& page) {
      QStringList out;
      for (const FeedEntry& e : page.changes)
        out << QStringLiteral("%1@%2 head %3 conflict %4 left %5 unit %6")
                   .arg(e.version.versionId)
                   .arg(e.position)
                   .arg(e.headVersionId)
                   .arg(static_cast<int>(e.conflict))
                   .arg(e.leftScope)
                   .arg(e.version.unitId);
      return out;
    };
    CHECK(entries(a) == entries(b));
    CHECK(a.nextCursor == b.nextCursor);
    CHECK(a.hasMore == b.hasMore);
    CHECK(a.reset == b.reset);
    CHECK(a.epoch == b.epoch);
    CHECK(a.deviceLastSeq == b.deviceLastSeq);
    CHECK(bool(a.reference) == bool(b.reference));
    if (a.reference && b.reference) CHECK(a.reference->version == b.reference->version);
  };
  int leftScope = 0;
  for (const bool omitOwnCurrent : {false, true}) {
    for (const int pageSize : {0, 2}) {
      QByteArray cursor = start;
      for (bool more = true; more;) {
        INFO("omit own " << omitOwnCurrent << ", pages of " << pageSize);
        const std::optional<QString> held = QStringLiteral("an older version");
        const PullPage warm = f.puller.pull(device, cursor, pageSize, held, omitOwnCurrent);
        const PullPage cold = PullProcessor(f.db()).pull(device, cursor, pageSize, held, omitOwnCurrent);
        same(warm, cold);
        for (const FeedEntry& change : warm.changes) leftScope += change.leftScope ? 1 : 0;
        cursor = warm.nextCursor;
        more = warm.hasMore;
      }
    }
  }
  CHECK(leftScope == 4);  // the moved record, once in each of the four walks
  // A cursor that no longer holds: both reset the same way.
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    MetaRepository(tx).rotateEpoch();
    tx.commit();
  }
  same(f.puller.pull(device, start), PullProcessor(f.db()).pull(device, start));
}
