#include "server_fixture.h"

#include "admin/demo_province.h"
#include "storage/org_unit_repository.h"
#include "storage/transaction.h"

#include "ids/uuid7.h"
#include "test_database.h"

#include <QDate>
#include <catch2/catch.hpp>

namespace sohoi::server::test {

std::unique_ptr<Database> ServerFixture::openOrFail(const QString& spec) {
  QString error;
  std::unique_ptr<Database> db = Database::open(spec, &error);
  INFO(error.toStdString());
  REQUIRE(db);
  return db;
}

ServerFixture::ServerFixture()
    : spec_(testing::freshDatabaseSpec(dir_.filePath(QStringLiteral("server.db")))), db_(openOrFail(spec_)) {
  Transaction tx(*db_, Transaction::Mode::Write);
  OrgUnitRepository(tx).upsert(demoProvince());
  tx.commit();
}

Device ServerFixture::enrolDevice(const QString& unitId, const QString& name) {
  Result<IssuedCode> code = enrolment.issueCode(unitId, name);
  REQUIRE(code.ok());
  Result<EnrolledDevice> enrolled = enrolment.enrol(code.value().code, QStringLiteral("tablet"));
  REQUIRE(enrolled.ok());
  return enrolled.value().device;
}

Device ServerFixture::reload(const Device& device) {
  Transaction tx(*db_, Transaction::Mode::Read);
  std::optional<Device> stored = DeviceRepository(tx).find(device.id);
  REQUIRE(stored);
  return *stored;
}

QSet<QString> ServerFixture::unitsOf(const PullPage& page) {
  QSet<QString> units;
  for (const FeedEntry& change : page.changes) units.insert(change.version.unitId);
  return units;
}

std::vector<RecordVersion> ServerFixture::pushActivities(const Device& device, const QString& unitId,
                                                         int count) {
  constexpr int kBatch = 100;
  std::vector<RecordVersion> pushed;
  for (quint64 seq = 1; seq <= static_cast<quint64>(count);) {
    std::vector<PushItem> items;
    for (int n = 0; n < kBatch && seq <= static_cast<quint64>(count); ++n, ++seq) {
      items.push_back(item(seq, newActivity(unitId)));
      pushed.push_back(items.back().version);
    }
    REQUIRE(push(device, items).lastSeq == seq - 1);
  }
  return pushed;
}

RecordVersion ServerFixture::newActivity(const QString& unitId, const QString& title) {
  RecordVersion version;
  version.recordId = newUuid7();
  version.versionId = newUuid7();
  version.unitId = unitId;
  version.authorId = newUuid7();
  version.deviceId = newUuid7();
  version.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  version.kind = RecordKind::Activity;
  version.fields = {{QStringLiteral("kind"), 1},
                    {QStringLiteral("title"), title},
                    {QStringLiteral("date"), QDate(2021, 3, 8)},
                    {QStringLiteral("place"), QStringLiteral("Nhà văn hóa")},
                    {QStringLiteral("participants_total"), qint64(40)},
                    {QStringLiteral("participants_women"), qint64(30)}};
  return version;
}

RecordVersion ServerFixture::editOf(const RecordVersion& base, const QVariantMap& changes) {
  RecordVersion edit = base;
  edit.versionId = newUuid7();
  edit.baseVersionId = base.versionId;
  edit.hlc = base.hlc + 1;
  for (auto it = changes.cbegin(); it != changes.cend(); ++it) edit.fields.insert(it.key(), it.value());
  return edit;
}

int ServerFixture::versionCount() {
  Transaction tx(*db_, Transaction::Mode::Read);
  return RecordRepository(tx).versionCount();
}

int ServerFixture::conflictCopyCount() {
  Transaction tx(*db_, Transaction::Mode::Read);
  return RecordRepository(tx).conflictCopyCount();
}

std::optional<RecordHead> ServerFixture::record(const QString& recordId) {
  Transaction tx(*db_, Transaction::Mode::Read);
  return RecordRepository(tx).findRecord(recordId);
}

std::optional<StoredVersion> ServerFixture::version(const QString& versionId) {
  Transaction tx(*db_, Transaction::Mode::Read);
  return RecordRepository(tx).findVersion(versionId);
}

}  // namespace sohoi::server::test
