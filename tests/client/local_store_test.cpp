// Specifications of the device store: opening, migrations, and saving versions.
#include "store/local_store.h"
#include "store/store_schema.h"
#include "ids/uuid7.h"
#include "test_support.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

TEST_CASE("the store refuses a database from a newer app") {
  test::TempStore temp;
  temp.store.reset();
  const int newer = latestStoreSchemaVersion() + 1;
  test::withRawDatabase(temp.path(), [&](QSqlDatabase& db) {
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer)));
  });
  Status status;
  auto store = LocalStore::open(temp.path(), &status);
  CHECK(store == nullptr);
  CHECK(status.code() == QStringLiteral("NEWER_DATABASE"));
  CHECK(status.messageVi().contains(QStringLiteral("cập nhật")));
  CHECK(status.messageEn().contains(QStringLiteral("update")));
  test::withRawDatabase(temp.path(), [&](QSqlDatabase& db) { CHECK(storeSchemaVersion(db) == newer); });
}

TEST_CASE("migrations run step by step") {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("old.sqlite"));
  test::withRawDatabase(path, [&](QSqlDatabase& db) {
    REQUIRE(migrateStore(db, 1).isOk());
    CHECK(storeSchemaVersion(db) == 1);
    QSqlQuery query(db);
    CHECK_FALSE(query.exec(QStringLiteral("SELECT cursor FROM sync_state")));  // a later step's table
    REQUIRE(query.exec(QStringLiteral("INSERT INTO account VALUES (1, 'd', 'cred', 'p', 'Mai', 'C', 'addr', 'e')")));
  });
  Status status;
  auto store = LocalStore::open(path, &status);
  REQUIRE(status.isOk());
  CHECK(store->account().credential == QStringLiteral("cred"));  // earlier data survives later steps
  CHECK(store->cursor().isEmpty());
  test::withRawDatabase(
      path, [&](QSqlDatabase& db) { CHECK(storeSchemaVersion(db) == latestStoreSchemaVersion()); });
}

TEST_CASE("a new record gets a first version without base and one outbox entry") {
  test::TempStore temp;
  RecordVersion saved;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, QStringLiteral("C"), test::activityFields(), &saved).isOk());
  CHECK(isUuid(saved.recordId));
  CHECK(saved.baseVersionId.isEmpty());
  CHECK(saved.authorId == temp.store->account().personId);
  CHECK(saved.hlc > 0);
  const auto batch = temp.store->pendingBatch(10);
  REQUIRE(batch.size() == 1);
  CHECK(batch[0].seq == 1);
  CHECK(batch[0].version.versionId == saved.versionId);
  CHECK(batch[0].version.fields == saved.fields);
}

TEST_CASE("saving an edit makes a new version with the head as base") {
  test::TempStore temp;
  RecordVersion first, second;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields(), &first).isOk());
  REQUIRE(temp.store->editRecord(first.recordId, test::activityFields(QStringLiteral("Sửa tên")), &second).isOk());
  CHECK(second.recordId == first.recordId);
  CHECK(second.versionId != first.versionId);
  CHECK(second.baseVersionId == first.versionId);
  CHECK(second.hlc > first.hlc);
  const auto versions = temp.store->versions(first.recordId);
  REQUIRE(versions.size() == 2);  // the first version is kept, never overwritten
  CHECK(temp.store->record(first.recordId)->head.versionId == second.versionId);
  CHECK(temp.store->record(first.recordId)->pending == 2);
  CHECK(temp.store->pendingBatch(10).size() == 2);
}

TEST_CASE("an invalid record is refused before it reaches the outbox") {
  test::TempStore temp;
  QVariantMap fields = test::activityFields();
  fields[QStringLiteral("participants_women")] = qint64{50};  // more women than participants
  const Status status = temp.store->createRecord(RecordKind::Activity, {}, fields);
  CHECK(status.reason() == ReasonCode::InvalidField);
  CHECK(status.field() == QStringLiteral("participants_women"));
  CHECK_FALSE(status.messageVi().isEmpty());
  CHECK_FALSE(status.messageEn().isEmpty());
  CHECK(temp.store->pendingCount() == 0);
  CHECK(temp.store->currentRecords(RecordKind::Activity).empty());
}

TEST_CASE("a record outside the device's scope is refused") {
  test::TempStore temp;
  const Status status = temp.store->createRecord(RecordKind::Household, QStringLiteral("E-1"), test::householdFields());
  CHECK(status.reason() == ReasonCode::OutOfScope);
  CHECK(temp.store->pendingCount() == 0);
}

TEST_CASE("a failed save leaves neither version nor outbox entry") {
  test::TempStore temp;
  temp.store->setFailpointForTesting(QStringLiteral("save_version"));
  CHECK_FALSE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields()).isOk());
  temp.store->setFailpointForTesting({});
  CHECK(temp.store->pendingCount() == 0);
  CHECK(temp.store->currentRecords(RecordKind::Activity).empty());
}

TEST_CASE("the clock continues after the last stored stamp when the store is reopened") {
  test::TempStore temp;
  RecordVersion first;
  REQUIRE(temp.store->createRecord(RecordKind::Activity, {}, test::activityFields(), &first).isOk());
  temp.store.reset();
  Status status;
  auto reopened = LocalStore::open(temp.path(), &status);
  REQUIRE(status.isOk());
  CHECK(reopened->clock().now() > first.hlc);
}

TEST_CASE("an edit starts from the version the form showed, not a version pulled meanwhile") {
  test::TempStore temp;
  LocalStore& store = *temp.store;
  RecordVersion first, second, late;
  REQUIRE(store.createRecord(RecordKind::Household, QStringLiteral("C-1"), test::householdFields(), &first).isOk());
  REQUIRE(store.editRecord(first.recordId, test::householdFields(QStringLiteral("Lò Thị Mai")), &second).isOk());
  // A form opened on the first version saves only now: its edit names what it showed as its base, so the
  // server can tell the two edits apart instead of the later one silently replacing the other.
  REQUIRE(store
              .editRecord(first.recordId, test::householdFields(QStringLiteral("Lò Thị Mây")), &late,
                          {first.versionId, {}})
              .isOk());
  CHECK(late.baseVersionId == first.versionId);
  CHECK(second.baseVersionId == first.versionId);
}

TEST_CASE("saving a form deletes its draft in the same transaction") {
  test::TempStore temp;
  LocalStore& store = *temp.store;
  const QString key = QStringLiteral("new:household");
  REQUIRE(store.saveDraft({key, QStringLiteral("household"), {}, {}, 0}).isOk());
  store.setFailpointForTesting(QStringLiteral("save_version"));
  CHECK_FALSE(store.createRecord(RecordKind::Household, QStringLiteral("C-1"), test::householdFields(), nullptr,
                                 {{}, key})
                  .isOk());
  CHECK(store.draft(key));  // the failed save kept it
  store.setFailpointForTesting({});
  REQUIRE(store.createRecord(RecordKind::Household, QStringLiteral("C-1"), test::householdFields(), nullptr, {{}, key})
              .isOk());
  CHECK_FALSE(store.draft(key));
}
