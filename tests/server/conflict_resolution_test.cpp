// DESIGN §5's hard conflict after it is flagged: the two sides are the head (first come) and the edit that
// changed the same field from an older base; a version a person saves from that head resolves it, and
// nothing either side saved is dropped.
#include "server_fixture.h"

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {

const QString kBranch = QStringLiteral("05449-1");
const QString kTitle = QStringLiteral("title");

/// A record in hard conflict: two devices renamed the same activity from its first version.
struct HardConflict {
  ServerFixture f;
  Device a = f.enrolDevice(kBranch);
  Device b = f.enrolDevice(kBranch);
  RecordVersion first = ServerFixture::newActivity(kBranch);
  RecordVersion fromA = ServerFixture::editOf(first, {{kTitle, QStringLiteral("Tên A")}});
  RecordVersion fromB = ServerFixture::editOf(first, {{kTitle, QStringLiteral("Tên B")}});
  HardConflict() {
    f.push(a, {ServerFixture::item(1, first), ServerFixture::item(2, fromA)});
    REQUIRE(f.push(b, {ServerFixture::item(1, fromB)}).results[0].outcome == PushOutcome::Conflict);
    REQUIRE(f.record(first.recordId)->conflict == ConflictState::Hard);
  }
  /// The feed entries of the record a fresh device of the branch pulls.
  std::vector<FeedEntry> pulledEntries() {
    std::vector<FeedEntry> entries;
    for (FeedEntry& entry : f.puller.pull(f.enrolDevice(kBranch), {}).changes)
      if (entry.version.recordId == first.recordId) entries.push_back(std::move(entry));
    return entries;
  }
};

}  // namespace

TEST_CASE("a version saved from the head of a hard conflict resolves it and every version stays stored") {
  HardConflict c;
  const Device reviewer = c.f.enrolDevice(kBranch, QStringLiteral("Chị Duyệt"));
  const RecordVersion chosen = ServerFixture::editOf(c.fromA, {{kTitle, QStringLiteral("Tên B")}});
  CHECK(c.f.push(reviewer, {ServerFixture::item(1, chosen)}).results[0].outcome == PushOutcome::Accepted);

  const auto head = c.f.record(c.first.recordId);
  CHECK(head->conflict == ConflictState::None);
  CHECK(head->headVersionId == chosen.versionId);
  for (const RecordVersion& side : {c.first, c.fromA, c.fromB, chosen}) CHECK(c.f.version(side.versionId));
}

TEST_CASE("a device pulling after the resolution learns the record is no longer in conflict") {
  HardConflict c;
  for (const FeedEntry& entry : c.pulledEntries()) {
    CHECK(entry.conflict == ConflictState::Hard);
    CHECK(entry.headVersionId == c.fromA.versionId);
  }
  const RecordVersion chosen = ServerFixture::editOf(c.fromA, {{kTitle, QStringLiteral("Tên A và B")}});
  c.f.push(c.a, {ServerFixture::item(3, chosen)});
  const std::vector<FeedEntry> entries = c.pulledEntries();
  REQUIRE(entries.size() == 4);  // both sides travel, not only the head
  for (const FeedEntry& entry : entries) {
    CHECK(entry.conflict == ConflictState::None);
    CHECK(entry.headVersionId == chosen.versionId);
  }
}

TEST_CASE("an edit from the losing side is a new conflict, not a resolution") {
  HardConflict c;
  const RecordVersion again = ServerFixture::editOf(c.fromB, {{kTitle, QStringLiteral("Tên B sửa")}});
  CHECK(c.f.push(c.b, {ServerFixture::item(2, again)}).results[0].outcome == PushOutcome::Conflict);
  const auto head = c.f.record(c.first.recordId);
  CHECK(head->conflict == ConflictState::Hard);
  CHECK(head->headVersionId == c.fromA.versionId);
}

TEST_CASE("an automatic merge into a record in hard conflict leaves it flagged for a person") {
  HardConflict c;
  const Device other = c.f.enrolDevice(kBranch);
  const RecordVersion place = ServerFixture::editOf(c.first, {{QStringLiteral("place"), QStringLiteral("Sân đình")}});
  CHECK(c.f.push(other, {ServerFixture::item(1, place)}).results[0].outcome == PushOutcome::Merged);
  const auto head = c.f.record(c.first.recordId);
  CHECK(head->conflict == ConflictState::Hard);
  const auto merged = c.f.version(head->headVersionId);
  CHECK(merged->version.fields.value(kTitle) == QStringLiteral("Tên A"));
  CHECK(merged->version.fields.value(QStringLiteral("place")) == QStringLiteral("Sân đình"));
}
