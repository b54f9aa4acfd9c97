// The device's copy of a record's conflict flag when it saves an edit: an edit from the server's head is
// a person's answer to the conflict (the server clears the flag when it arrives), any other is not.
#include "ids/uuid7.h"
#include "test_support.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::client;

namespace {

/// Two versions of one activity pulled as a hard conflict: first, then head (the server's current one).
struct PulledConflict {
  test::TempStore temp;
  RecordVersion first;
  RecordVersion head;
  PulledConflict() {
    first.recordId = newUuid7();
    first.versionId = newUuid7();
    first.unitId = QStringLiteral("C-2");
    first.deviceId = first.authorId = newUuid7();
    first.hlc = makeHlc(1614556800000, 0);
    first.kind = RecordKind::Activity;
    first.fields = test::activityFields(QStringLiteral("Bản đầu"));
    head = first;
    head.versionId = newUuid7();
    head.baseVersionId = first.versionId;
    head.hlc = makeHlc(1614556900000, 0);
    head.fields = test::activityFields(QStringLiteral("Bản của máy A"));
    REQUIRE(temp.store->applyPulledPage({{first, head.versionId, ConflictState::Hard, false},
                                         {head, head.versionId, ConflictState::Hard, false}},
                                        {}, "c1").isOk());
    REQUIRE(conflict() == ConflictState::Hard);
  }
  ConflictState conflict() const { return temp.store->record(first.recordId)->conflict; }
};

}  // namespace

TEST_CASE("an edit saved from the head of a record in hard conflict clears its flag on the device") {
  PulledConflict c;
  REQUIRE(c.temp.store->editRecord(c.first.recordId, test::activityFields(QStringLiteral("Bản đã chọn")), nullptr,
                                   {c.head.versionId, {}}).isOk());
  CHECK(c.conflict() == ConflictState::None);
}

TEST_CASE("an edit saved from an older version leaves the hard conflict flagged") {
  PulledConflict c;
  REQUIRE(c.temp.store->editRecord(c.first.recordId, test::activityFields(QStringLiteral("Sửa từ bản đầu")), nullptr,
                                   {c.first.versionId, {}}).isOk());
  CHECK(c.conflict() == ConflictState::Hard);
}

TEST_CASE("an edit on top of this device's own unsent edit leaves the flag to the server") {
  PulledConflict c;
  REQUIRE(c.temp.store->editRecord(c.first.recordId, test::activityFields(QStringLiteral("Sửa từ bản đầu")), nullptr,
                                   {c.first.versionId, {}}).isOk());
  REQUIRE(c.temp.store->editRecord(c.first.recordId, test::activityFields(QStringLiteral("Sửa lần nữa"))).isOk());
  CHECK(c.conflict() == ConflictState::Hard);
}
