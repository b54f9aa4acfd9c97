// What a push batch learns up front (which ids are new, the feed positions it takes) must answer exactly
// as item-by-item lookups would: ids stored earlier in the same batch, positions without gaps or repeats,
// and nothing half-stored when a batch fails.
#include <catch2/catch.hpp>

#include "ids/uuid7.h"
#include "rows_read.h"
#include "server_fixture.h"
#include "storage/record_repository.h"
#include "storage/sql.h"
#include "storage/storage_error.h"
#include "storage/transaction.h"
#include "test_database.h"

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::rowsRead;
using sohoi::server::test::ServerFixture;

namespace {

const QString kBranch = QStringLiteral("05449-1");

// Every stored feed position in order, and the feed counter.
std::pair<std::vector<qint64>, qint64> feedOf(Database& db) {
  Transaction tx(db, Transaction::Mode::Read);
  std::vector<qint64> positions;
  QSqlQuery query =
      sql::run(tx.connection(), QStringLiteral("SELECT position FROM versions ORDER BY position"));
  while (query.next()) positions.push_back(query.value(0).toLongLong());
  QSqlQuery counter =
      sql::run(tx.connection(), QStringLiteral("SELECT value FROM feed_counter WHERE id = 1"));
  REQUIRE(counter.next());
  const qint64 value = counter.value(0).toLongLong();
  tx.commit();
  return {positions, value};
}

std::vector<qint64> oneTo(qint64 n) {
  std::vector<qint64> all;
  for (qint64 i = 1; i <= n; ++i) all.push_back(i);
  return all;
}

}  // namespace

TEST_CASE("a version id reused within one batch is a conflict, and its exact resend is accepted once") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion original = ServerFixture::newActivity(kBranch);
  RecordVersion reused = original;
  reused.fields.insert(QStringLiteral("title"), QStringLiteral("Nội dung khác"));
  const PushBatchResult result = f.push(
      device,
      {ServerFixture::item(1, original), ServerFixture::item(2, reused), ServerFixture::item(3, original)});
  REQUIRE(result.results.size() == 3);
  CHECK(result.results[0].outcome == PushOutcome::Accepted);
  CHECK(result.results[1].outcome == PushOutcome::Conflict);
  CHECK(result.results[1].rejection.code == ReasonCode::IdReused);
  CHECK(result.results[2].outcome == PushOutcome::Accepted);
  CHECK(f.versionCount() == 1);
  CHECK(f.conflictCopyCount() == 1);
}

TEST_CASE("an edit of a version rejected earlier in the same batch has an unknown base") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.insert(QStringLiteral("participants_women"), qint64(99));  // more women than participants
  const RecordVersion edit = ServerFixture::editOf(bad, {{QStringLiteral("participants_women"), qint64(10)}});
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, bad), ServerFixture::item(2, edit)});
  CHECK(result.results[0].outcome == PushOutcome::Rejected);
  CHECK(result.results[1].outcome == PushOutcome::Rejected);
  CHECK(result.results[1].rejection.code == ReasonCode::UnknownBase);
  CHECK_FALSE(f.record(bad.recordId));
  CHECK(f.versionCount() == 0);
}

TEST_CASE("a sequence number repeated within one batch gets the answer its first copy got, before any is stored") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.insert(QStringLiteral("participants_women"), qint64(99));  // more women than participants
  const RecordVersion good = ServerFixture::newActivity(kBranch);
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, good), ServerFixture::item(2, bad),
                                                 ServerFixture::item(2, bad), ServerFixture::item(1, good)});
  REQUIRE(result.results.size() == 4);
  CHECK(result.results[2].outcome == PushOutcome::Rejected);
  CHECK(result.results[2].rejection.code == result.results[1].rejection.code);
  CHECK(result.results[3].outcome == PushOutcome::Accepted);
  CHECK(f.versionCount() == 1);
  CHECK(f.reload(device).lastSeq == 2);
}

TEST_CASE("a large batch with edits of its own new records stores every version at consecutive positions") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  std::vector<PushItem> items;
  std::vector<RecordVersion> firsts;
  quint64 seq = 0;
  for (int i = 0; i < 550; ++i) {  // more than one id query's worth
    firsts.push_back(ServerFixture::newActivity(kBranch));
    items.push_back(ServerFixture::item(++seq, firsts.back()));
  }
  std::vector<RecordVersion> edits;
  for (int i = 0; i < 550; i += 5) {
    edits.push_back(ServerFixture::editOf(firsts[static_cast<size_t>(i)],
                                          {{QStringLiteral("place"), QStringLiteral("Sân đình")}}));
    items.push_back(ServerFixture::item(++seq, edits.back()));
  }
  const PushBatchResult result = f.push(device, items);
  REQUIRE(result.results.size() == items.size());
  for (const PushItemResult& item : result.results) CHECK(item.outcome == PushOutcome::Accepted);
  for (const RecordVersion& edit : edits) CHECK(f.record(edit.recordId)->headVersionId == edit.versionId);
  const auto [positions, counter] = feedOf(f.db());
  CHECK(positions == oneTo(static_cast<qint64>(items.size())));
  CHECK(counter == static_cast<qint64>(items.size()));
}

TEST_CASE("feed positions continue across batches, merges and rejected items without gaps") {
  ServerFixture f;
  const Device a = f.enrolDevice(kBranch);
  const Device b = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.insert(QStringLiteral("participants_women"), qint64(99));
  f.push(a,
         {ServerFixture::item(1, v1), ServerFixture::item(2, bad)});  // position 1; the rejected takes none
  const RecordVersion fromA =
      ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Tên mới")}});
  const RecordVersion fromB =
      ServerFixture::editOf(v1, {{QStringLiteral("place"), QStringLiteral("Sân đình")}});
  f.push(a, {ServerFixture::item(3, fromA)});                                                   // position 2
  CHECK(f.push(b, {ServerFixture::item(1, fromB)}).results[0].outcome == PushOutcome::Merged);  // 3 and 4
  f.push(a, {ServerFixture::item(4, ServerFixture::newActivity(kBranch))});                     // 5
  const auto [positions, counter] = feedOf(f.db());
  CHECK(positions == oneTo(5));
  CHECK(counter == 5);
  CHECK(f.version(fromB.versionId)->position == 3);
  CHECK(f.version(f.record(v1.recordId)->headVersionId)->position == 4);
}

TEST_CASE("a batch that fails half-way stores nothing, and the next push works") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  f.push(device, {ServerFixture::item(1, ServerFixture::newActivity(kBranch))});  // position 1
  {
    // A stray row at position 3 makes the batch's second insert fail on the unique position.
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(),
             QStringLiteral(
                 "INSERT INTO versions (version_id, record_id, kind, unit_id, author_id, device_id, hlc, "
                 "deleted, fields, content_hash, position, received_at) "
                 "VALUES ('stray', 'stray', 'activity', ?, '', '', 0, 0, '{}', '', 3, 0)"),
             {kBranch});
    tx.commit();
  }
  const std::vector<PushItem> batch{ServerFixture::item(2, ServerFixture::newActivity(kBranch)),
                                    ServerFixture::item(3, ServerFixture::newActivity(kBranch))};
  CHECK_THROWS_AS(f.push(device, batch), StorageError);
  CHECK(f.reload(device).lastSeq == 1);
  CHECK_FALSE(f.record(batch[0].version.recordId));
  CHECK(feedOf(f.db()).second == 1);
  {
    Transaction tx(f.db(), Transaction::Mode::Write);
    sql::run(tx.connection(), QStringLiteral("DELETE FROM versions WHERE version_id = 'stray'"));
    tx.commit();
  }
  const PushBatchResult retry = f.push(device, batch);  // the same statements, prepared before the failure
  CHECK(retry.lastSeq == 3);
  CHECK(retry.results[1].outcome == PushOutcome::Accepted);
  const auto [positions, counter] = feedOf(f.db());
  CHECK(positions == oneTo(3));
  CHECK(counter == 3);
}

TEST_CASE("on PostgreSQL a push finds which of its ids are stored by probing for each, not reading tables") {
  // Asked as `WHERE id IN (…)` with a full push's 500 ids, PostgreSQL planned each run for its values and
  // read the whole records table instead: a cost that grows with every record the province holds.
  if (!testing::testsOnPostgres()) return;
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const std::vector<RecordVersion> stored = f.pushActivities(device, kBranch, 1000);
  f.db().refreshPlannerStatistics();  // as autovacuum would after such a burst
  constexpr int kKnown = 10;
  // A full push's ids (one statement for both tables), and more than a statement takes (one per chunk).
  for (const int asked : {500, 600}) {
    QStringList versionIds, recordIds;
    for (int i = 0; i < asked; ++i) {
      versionIds << (i < kKnown ? stored[static_cast<size_t>(i)].versionId : newUuid7());
      recordIds << (i < kKnown ? stored[static_cast<size_t>(i)].recordId : newUuid7());
    }
    Transaction tx(f.db(), Transaction::Mode::Read);
    const qint64 versionsBefore = rowsRead(tx, QStringLiteral("versions"));
    const qint64 recordsBefore = rowsRead(tx, QStringLiteral("records"));
    const StoredIds found = RecordRepository(tx).storedIds(versionIds, recordIds, device.id);
    INFO(asked << " ids");
    CHECK(found.versionIds == QSet<QString>(versionIds.begin(), versionIds.begin() + kKnown));
    CHECK(found.recordUnits.size() == kKnown);
    for (int i = 0; i < kKnown; ++i) CHECK(found.recordUnits.value(recordIds[i]) == kBranch);
    CHECK(rowsRead(tx, QStringLiteral("versions")) - versionsBefore <= kKnown);
    CHECK(rowsRead(tx, QStringLiteral("records")) - recordsBefore <= kKnown);
  }
}
