// Specifications of the outbox: acknowledgements, rejections and the mutation log.
#include "test_support.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

std::vector<MutationResult> accepted(const std::vector<Mutation>& batch) {
  std::vector<MutationResult> results;
  for (const Mutation& m : batch) results.push_back({m.seq, Outcome::Accepted, {}});
  return results;
}

}  // namespace

TEST_CASE("sequence numbers increase by one per saved version") {
  test::TempStore temp;
  for (int i = 0; i < 3; ++i) REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  const auto batch = temp.store->pendingBatch(10);
  REQUIRE(batch.size() == 3);
  CHECK(batch[0].seq == 1);
  CHECK(batch[1].seq == 2);
  CHECK(batch[2].seq == 3);
  CHECK(temp.store->lastSeq() == 3);
}

TEST_CASE("an outbox entry stays until its acknowledgement is stored") {
  test::TempStore temp;
  for (int i = 0; i < 3; ++i) REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  const auto batch = temp.store->pendingBatch(10);
  temp.store->setFailpointForTesting(QStringLiteral("acknowledge"));
  CHECK_FALSE(temp.store->markAcknowledged(accepted(batch)).isOk());
  temp.store->setFailpointForTesting({});
  CHECK(temp.store->pendingCount() == 3);
  REQUIRE(temp.store->markAcknowledged(accepted(batch)).isOk());
  CHECK(temp.store->pendingCount() == 0);
  CHECK(temp.store->counts().acknowledged == 3);
  CHECK(temp.store->pendingBatch(10).empty());
  CHECK(temp.store->mutationsFrom(1, 10).size() == 3);  // kept as the log a restored server may need
}

TEST_CASE("an acknowledgement whose write the database refuses leaves every entry waiting") {
  test::TempStore temp;
  for (int i = 0; i < 3; ++i)
    REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  const auto batch = temp.store->pendingBatch(10);
  test::withRawDatabase(temp.path(), [](QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(
        query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE UPDATE ON outbox WHEN NEW.seq = 2 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
  });
  const Status status = temp.store->markAcknowledged(accepted(batch));
  CHECK(status.code() == QStringLiteral("STORE_ERROR"));
  CHECK(status.messageVi().contains(QStringLiteral("refused by the test")));
  CHECK(temp.store->pendingCount() == 3);  // the first acknowledgement is undone with the rest
  CHECK(temp.store->pendingBatch(10).size() == 3);
  test::withRawDatabase(temp.path(),
                        [](QSqlDatabase& db) { QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER refuse")); });
  REQUIRE(temp.store->markAcknowledged(accepted(batch)).isOk());
  CHECK(temp.store->pendingCount() == 0);
}

TEST_CASE("a rejected item stays visible with its reason and does not block the rest") {
  test::TempStore temp;
  std::vector<RecordVersion> saved(3);
  for (auto& version : saved)
    REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields(), &version).isOk());
  auto results = accepted(temp.store->pendingBatch(10));
  results[1].outcome = Outcome::Rejected;
  results[1].rejection = {ReasonCode::OutOfScope, {}, QStringLiteral("Ngoài phạm vi"), QStringLiteral("Out of scope")};
  REQUIRE(temp.store->markAcknowledged(results).isOk());
  CHECK(temp.store->counts().pending == 0);
  CHECK(temp.store->counts().acknowledged == 2);
  CHECK(temp.store->rejectedCount() == 1);
  const auto items = temp.store->rejectedItems();
  REQUIRE(items.size() == 1);
  CHECK(items[0].version.recordId == saved[1].recordId);
  CHECK(items[0].rejection.code == ReasonCode::OutOfScope);
  CHECK(items[0].rejection.messageVi == QStringLiteral("Ngoài phạm vi"));
  CHECK(items[0].rejection.messageEn == QStringLiteral("Out of scope"));
  CHECK(temp.store->record(saved[1].recordId)->rejected);
  CHECK(temp.store->pendingBatch(10).empty());  // not resent until the user edits it
}

TEST_CASE("editing a rejected record starts from its last accepted version and clears the rejection") {
  test::TempStore temp;
  RecordVersion first, refused, fixed;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields(), &first).isOk());
  REQUIRE(temp.store->markAcknowledged(accepted(temp.store->pendingBatch(10))).isOk());
  REQUIRE(temp.store->editRecord(first.recordId, test::activityFields(QStringLiteral("Bản lỗi")), &refused).isOk());
  auto results = accepted(temp.store->pendingBatch(10));
  results[0].outcome = Outcome::Rejected;
  results[0].rejection = rejectionFor(ReasonCode::InvalidField, QStringLiteral("title"));
  REQUIRE(temp.store->markAcknowledged(results).isOk());
  REQUIRE(temp.store->rejectedCount() == 1);
  REQUIRE(temp.store->editRecord(first.recordId, test::activityFields(QStringLiteral("Bản sửa")), &fixed).isOk());
  CHECK(fixed.baseVersionId == first.versionId);  // the refused version never reached the server
  CHECK(temp.store->rejectedCount() == 0);
  const auto batch = temp.store->pendingBatch(10);
  REQUIRE(batch.size() == 1);
  CHECK(batch[0].version.versionId == fixed.versionId);
}
