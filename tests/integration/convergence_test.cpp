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

// Changes one field of a random live record the device can see: a text field (often the same one
// another device changes: hard conflicts) or a flag (soft conflicts merge).
void editRandom(TestDevice& device, std::mt19937_64& random, int n) {
  std::vector<client::StoredRecord> live;
  for (RecordKind kind : allRecordKinds())
    for (const client::StoredRecord& record : device.store().currentRecords(kind)) live.push_back(record);
  if (live.empty()) return;
  const client::StoredRecord& record = live[random() % live.size()];
  QVariantMap fields = record.head.fields;
  const auto& schema = schemaFor(record.head.kind);
  const FieldSpec* text = nullptr;
  for (const FieldSpec& spec : schema.fields)
    if (spec.type == FieldType::Text && !text) text = &spec;
  fields[text->name] = QStringLiteral("Sửa lần %1").arg(n);
  REQUIRE(device.store().editRecord(record.head.recordId, fields).isOk());
}

void deleteRandom(TestDevice& device, std::mt19937_64& random) {
  const RecordKind kind = allRecordKinds()[random() % allRecordKinds().size()];
  const auto live = device.store().currentRecords(kind);
  if (!live.empty()) REQUIRE(device.store().deleteRecord(live[random() % live.size()].head.recordId).isOk());
}

void fuzz(quint64 seed) {
  ProvinceFixture fixture;
  std::vector<std::unique_ptr<TestDevice>> devices;
  for (const Placement& placement : kDevices)
    devices.push_back(std::make_unique<TestDevice>(fixture, placement.name, placement.unit,
                                                   seed * 100 + devices.size(), placement.recordUnit));
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
  CHECK(view.conflicted > 0);  // the run met concurrent edits, not only disjoint ones
}

}  // namespace

TEST_CASE("devices that create, edit and delete at random over a lossy link converge on the server's view") {
  for (quint64 seed : {11, 12, 13}) {
    DYNAMIC_SECTION("seed " << seed) { fuzz(seed); }
  }
}
