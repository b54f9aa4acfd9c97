// Seeded convergence fuzzing (in the spirit of PouchDB's): devices create, edit and delete records at
// random, sync in random order over a link that loses calls both ways; at the end every device holds
// exactly the server's view of its scope.
#include "domain/record_schema.h"
#include "support/server_view.h"
#include "support/test_device.h"

#include <catch2/catch.hpp>
#include <random>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

struct Placement {
  const char* name;
  const char* unit;
  const char* recordUnit;
};
// Two devices share each branch so that their edits meet; one device covers a whole commune and records
// for one of its branches.
const Placement kDevices[] = {{"a1", "05449-1", ""}, {"a2", "05449-1", ""}, {"b1", "05449-2", ""},
                              {"b2", "05449-2", ""}, {"c1", "05953-1", ""}, {"commune", "05449", "05449-3"}};

std::vector<client::StoredRecord> liveRecords(TestDevice& device) {
  std::vector<client::StoredRecord> live;
  for (RecordKind kind : allRecordKinds())
    for (const client::StoredRecord& record : device.store().currentRecords(kind)) live.push_back(record);
  return live;
}

// Sets the first text field of a record to a new value: when two devices do that from the same base, the
// server has to keep both (a hard conflict).
void editText(TestDevice& device, const client::StoredRecord& record, int n) {
  QVariantMap fields = record.head.fields;
  for (const FieldSpec& spec : schemaFor(record.head.kind).fields) {
    if (spec.type != FieldType::Text) continue;
    fields[spec.name] = QStringLiteral("Sửa lần %1").arg(n);
    break;
  }
  REQUIRE(device.store().editRecord(record.head.recordId, fields).isOk());
}

void editRandom(TestDevice& device, std::mt19937_64& random, int n) {
  const auto live = liveRecords(device);
  if (!live.empty()) editText(device, live[random() % live.size()], n);
}

void deleteRandom(TestDevice& device, std::mt19937_64& random) {
  const auto live = liveRecords(device);
  if (!live.empty()) REQUIRE(device.store().deleteRecord(live[random() % live.size()].head.recordId).isOk());
}

// Two devices of one branch edit the same field of the same record offline: whatever the random part
// does, every run meets a hard conflict at least once.
void concurrentEdit(TestDevice& first, TestDevice& second) {
  first.create(1);
  REQUIRE(first.sync().ok());
  REQUIRE(second.sync().ok());
  const auto shared = liveRecords(second);
  REQUIRE_FALSE(shared.empty());
  const client::StoredRecord record = shared.front();
  editText(first, *first.store().record(record.head.recordId), 1);
  editText(second, record, 2);
}

void fuzz(quint64 seed) {
  ProvinceFixture fixture;
  std::vector<std::unique_ptr<TestDevice>> devices;
  for (const Placement& placement : kDevices)
    devices.push_back(std::make_unique<TestDevice>(fixture, placement.name, placement.unit,
                                                   seed * 100 + devices.size(), placement.recordUnit));
  concurrentEdit(*devices[0], *devices[1]);
  std::mt19937_64 random(seed);
  for (auto& device : devices) device->transport().setLoss(0.15, 0.15);

  for (int step = 0; step < 150; ++step) {
    TestDevice& device = *devices[random() % devices.size()];
    switch (random() % 6) {
      case 0:
      case 1: device.create(1 + static_cast<int>(random() % 5)); break;
      case 2: editRandom(device, random, step); break;
      case 3: deleteRandom(device, random); break;
      default: device.sync(); break;  // may fail half-way: that is the point
    }
  }

  for (auto& device : devices) device->transport().setLoss(0, 0);
  for (int round = 0; round < 2; ++round)
    for (auto& device : devices) {
      const client::SyncOutcome outcome = device->sync();
      INFO(outcome.status.toString().toStdString());
      REQUIRE(outcome.ok());
    }

  RawDevice province = fixture.rawDevice();
  const ServerView view = serverView(province);
  for (auto& device : devices) {
    INFO("device unit " << device->store().account().unitId.toStdString());
    CHECK(device->store().pendingCount() == 0);
    CHECK(device->store().rejectedCount() == 0);
    const auto expected = liveWithin(view, device->store().orgTree(), device->store().account().unitId);
    const auto actual = deviceRecords(device->store());
    CHECK(actual.size() == expected.size());
    CHECK(actual == expected);
  }
  for (auto it = view.versionCopies.cbegin(); it != view.versionCopies.cend(); ++it) CHECK(it.value() == 1);
  CHECK(view.conflicted > 0);  // the run met concurrent edits, so the check above covered them
}

}  // namespace

TEST_CASE("a tablet does not download again what it sent, and still ends with the server's view") {
  ProvinceFixture fixture;
  TestDevice first(fixture, QStringLiteral("a1"), QStringLiteral("05449-1"), 1);
  TestDevice second(fixture, QStringLiteral("a2"), QStringLiteral("05449-1"), 2);
  first.create(20);
  const client::SyncOutcome sent = first.sync();
  REQUIRE(sent.ok());
  CHECK(sent.summary.accepted == 20);
  CHECK(sent.summary.pulled == 0);  // a day's records went up and stay there
  const client::SyncOutcome received = second.sync();
  REQUIRE(received.ok());
  CHECK(received.summary.pulled == 20);
  // The second tablet edits one of them: the first gets that edit, and nothing of its own.
  editText(second, liveRecords(second).front(), 1);
  first.create(3);
  REQUIRE(second.sync().ok());
  const client::SyncOutcome next = first.sync();
  REQUIRE(next.ok());
  CHECK(next.summary.accepted == 3);
  CHECK(next.summary.pulled == 1);

  RawDevice province = fixture.rawDevice();
  const ServerView view = serverView(province);
  for (TestDevice* device : {&first, &second}) {
    REQUIRE(device->sync().ok());
    CHECK(device->store().pendingCount() == 0);
    CHECK(deviceRecords(device->store()) ==
          liveWithin(view, device->store().orgTree(), device->store().account().unitId));
  }
}

TEST_CASE("devices that create, edit and delete at random over a lossy link converge on the server's view") {
  for (quint64 seed : {11, 12, 13}) {
    DYNAMIC_SECTION("seed " << seed) { fuzz(seed); }
  }
}
