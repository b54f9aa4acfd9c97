// Specifications of applying pulled pages to the device store.
#include "ids/uuid7.h"
#include "test_support.h"

#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

PulledChange foreignActivity(const QString& recordId = newUuid7(), const QString& base = {}, bool deleted = false) {
  PulledChange change;
  change.version.recordId = recordId;
  change.version.versionId = newUuid7();
  change.version.baseVersionId = base;
  change.version.unitId = QStringLiteral("C-2");
  change.version.authorId = newUuid7();
  change.version.deviceId = newUuid7();
  change.version.hlc = makeHlc(1614556800000, 0);
  change.version.kind = RecordKind::Activity;
  change.version.deleted = deleted;
  change.version.fields = test::activityFields(QStringLiteral("Từ máy khác"));
  change.headVersionId = change.version.versionId;
  return change;
}

}  // namespace

TEST_CASE("a pulled page and its cursor are applied together") {
  test::TempStore temp;
  const PulledChange change = foreignActivity();
  temp.store->setFailpointForTesting(QStringLiteral("apply_page"));
  CHECK_FALSE(temp.store->applyPulledPage({change}, {}, "cursor-1").isOk());
  CHECK(temp.store->cursor().isEmpty());  // neither the cursor…
  CHECK_FALSE(temp.store->record(change.version.recordId).has_value());  // …nor the change
  temp.store->setFailpointForTesting({});
  REQUIRE(temp.store->applyPulledPage({change}, {}, "cursor-1").isOk());
  CHECK(temp.store->cursor() == "cursor-1");
  CHECK(temp.store->record(change.version.recordId)->head.versionId == change.version.versionId);
}

TEST_CASE("a pulled page whose write the database refuses is applied not at all and says why") {
  test::TempStore temp;
  const PulledChange first = foreignActivity(), refused = foreignActivity();
  test::withRawDatabase(temp.path(), [&](QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON records WHEN NEW.id = '%1' "
                                      "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")
                           .arg(refused.version.recordId)));
  });
  const Status status = temp.store->applyPulledPage({first, refused}, {}, "cursor-1");
  CHECK(status.code() == QStringLiteral("STORE_ERROR"));
  CHECK(status.messageEn().contains(QStringLiteral("pulled record")));
  CHECK(status.messageEn().contains(QStringLiteral("refused by the test")));
  CHECK(temp.store->cursor().isEmpty());
  CHECK_FALSE(temp.store->record(first.version.recordId).has_value());  // the change before it is undone
  CHECK(temp.store->versions(first.version.recordId).empty());
  test::withRawDatabase(temp.path(),
                        [](QSqlDatabase& db) { QSqlQuery(db).exec(QStringLiteral("DROP TRIGGER refuse")); });
  REQUIRE(temp.store->applyPulledPage({first, refused}, {}, "cursor-1").isOk());
  CHECK(temp.store->cursor() == "cursor-1");
  CHECK(temp.store->record(refused.version.recordId)->head.versionId == refused.version.versionId);
}

TEST_CASE("a repeated page changes nothing") {
  test::TempStore temp;
  const PulledChange change = foreignActivity();
  REQUIRE(temp.store->applyPulledPage({change}, {}, "c1").isOk());
  REQUIRE(temp.store->applyPulledPage({change}, {}, "c1").isOk());
  CHECK(temp.store->versions(change.version.recordId).size() == 1);
  CHECK(temp.store->currentRecords(RecordKind::Activity).size() == 1);
}

TEST_CASE("a pulled change does not replace a record with pending local edits") {
  test::TempStore temp;
  RecordVersion local;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, QStringLiteral("C-1"), test::activityFields(), &local).isOk());
  PulledChange remote = foreignActivity(local.recordId, local.versionId);
  REQUIRE(temp.store->applyPulledPage({remote}, {}, "c1").isOk());
  CHECK(temp.store->record(local.recordId)->head.versionId == local.versionId);
  CHECK(temp.store->versions(local.recordId).size() == 2);  // the remote version is kept all the same
  // Once the local edit is acknowledged, the server's head wins on the next page.
  REQUIRE(temp.store->markAcknowledged({{1, Outcome::Accepted, {}}}).isOk());
  REQUIRE(temp.store->applyPulledPage({remote}, {}, "c2").isOk());
  CHECK(temp.store->record(local.recordId)->head.versionId == remote.version.versionId);
}

TEST_CASE("a pulled tombstone marks the record deleted") {
  test::TempStore temp;
  const PulledChange created = foreignActivity();
  const PulledChange tombstone = foreignActivity(created.version.recordId, created.version.versionId, true);
  REQUIRE(temp.store->applyPulledPage({created, tombstone}, {}, "c1").isOk());
  CHECK(temp.store->record(created.version.recordId)->deleted);
  CHECK(temp.store->currentRecords(RecordKind::Activity).empty());
}

TEST_CASE("pulled stamps move the device clock forward") {
  test::TempStore temp;
  PulledChange change = foreignActivity();
  change.version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch() + 3600 * 1000, 7);  // a clock an hour ahead
  REQUIRE(temp.store->applyPulledPage({change}, {}, "c1").isOk());
  CHECK(temp.store->clock().now() > change.version.hlc);
}

TEST_CASE("a page carrying the org tree replaces it, and a reset cursor keeps the data") {
  test::TempStore temp;
  std::vector<OrgUnit> units = test::smallTree();
  units.push_back({QStringLiteral("C-3"), QStringLiteral("C"), QStringLiteral("Chi hội Xóm 3"), UnitLevel::Branch});
  const PulledChange change = foreignActivity();
  REQUIRE(temp.store->applyPulledPage({change}, plan::ReferenceData{QStringLiteral("v1"), units, {}, {}}, "c1").isOk());
  CHECK(temp.store->orgTree().contains(QStringLiteral("C-3")));
  REQUIRE(temp.store->resetCursor().isOk());
  CHECK(temp.store->cursor().isEmpty());
  CHECK(temp.store->record(change.version.recordId).has_value());
}

TEST_CASE("a closed unit pulled with the tree keeps its closing day and successor, also after reopening") {
  test::TempStore temp;
  std::vector<OrgUnit> units = test::smallTree();
  for (OrgUnit& unit : units)
    if (unit.id == QStringLiteral("E")) {
      unit.parentId = QStringLiteral("C");  // merged into C, kept under it
      unit.closedOn = QDate(2025, 7, 1);
      unit.successorId = QStringLiteral("C");
    }
  plan::ReferenceData reference;
  reference.version = QStringLiteral("v1");
  reference.units = units;
  REQUIRE(temp.store->applyPulledPage({}, reference, "c1").isOk());
  temp.store.reset();
  Status status;
  temp.store = LocalStore::open(temp.path(), &status);
  REQUIRE(status.isOk());
  const OrgUnit* closed = temp.store->orgTree().find(QStringLiteral("E"));
  REQUIRE(closed);
  CHECK(closed->closedOn == QDate(2025, 7, 1));
  CHECK(closed->successorId == QStringLiteral("C"));
  CHECK_FALSE(temp.store->orgTree().find(QStringLiteral("C"))->closed());
}

TEST_CASE("a record that left the device's scope is removed and no longer counted") {
  test::TempStore temp;
  const PulledChange kept = foreignActivity();
  const PulledChange leaving = foreignActivity();
  REQUIRE(temp.store->applyPulledPage({kept, leaving}, {}, "c1").isOk());
  REQUIRE(temp.store->currentRecords(RecordKind::Activity).size() == 2);

  PulledChange gone;
  gone.leftScope = true;
  gone.version.recordId = leaving.version.recordId;
  REQUIRE(temp.store->applyPulledPage({gone}, {}, "c2").isOk());
  CHECK_FALSE(temp.store->record(leaving.version.recordId).has_value());
  CHECK(temp.store->versions(leaving.version.recordId).empty());
  CHECK(temp.store->currentRecords(RecordKind::Activity).size() == 1);
  CHECK(temp.store->record(kept.version.recordId).has_value());
}

TEST_CASE("a record that left the scope with edits still to send keeps them for the server's answer") {
  test::TempStore temp;
  RecordVersion local;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, QStringLiteral("C-1"), test::activityFields(), &local).isOk());
  PulledChange gone;
  gone.leftScope = true;
  gone.version.recordId = local.recordId;
  REQUIRE(temp.store->applyPulledPage({gone}, {}, "c1").isOk());
  CHECK(temp.store->record(local.recordId).has_value());
  CHECK(temp.store->pendingCount() == 1);
}
