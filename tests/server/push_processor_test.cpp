// DESIGN §5 on the way up: per-device sequence, per-item answers, ids never overwritten, conflicts.
#include "server_fixture.h"

#include "ids/uuid7.h"
#include "storage/sql.h"
#include "storage/transaction.h"

#include <QDateTime>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::server;
using sohoi::server::test::ServerFixture;

namespace {
const QString kBranch = QStringLiteral("05449-1");
const QString kOtherCommuneBranch = QStringLiteral("05953-1");
}  // namespace

TEST_CASE("a new record is accepted and becomes the head") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, v1)});
  REQUIRE(result.results.size() == 1);
  CHECK(result.results[0].outcome == PushOutcome::Accepted);
  CHECK(result.lastSeq == 1);
  CHECK_FALSE(result.sequenceGap);
  CHECK_FALSE(result.epoch.isEmpty());
  CHECK(f.record(v1.recordId)->headVersionId == v1.versionId);
  CHECK(f.reload(device).lastSeq == 1);
}

TEST_CASE("an edit from the current head is accepted") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  const RecordVersion v2 = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Sửa tên")}});
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, v1), ServerFixture::item(2, v2)});
  CHECK(result.results[1].outcome == PushOutcome::Accepted);
  const auto head = f.record(v1.recordId);
  CHECK(head->headVersionId == v2.versionId);
  CHECK(head->conflict == ConflictState::None);
  CHECK(f.versionCount() == 2);
}

TEST_CASE("a replayed push creates nothing new and gets the same answer") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.insert(QStringLiteral("participants_women"), qint64(99));  // more women than participants
  const std::vector<PushItem> batch{ServerFixture::item(1, ServerFixture::newActivity(kBranch)),
                                    ServerFixture::item(2, bad)};
  const PushBatchResult first = f.push(device, batch);
  const PushBatchResult replay = f.push(device, batch);
  CHECK(f.versionCount() == 1);
  CHECK(replay.lastSeq == first.lastSeq);
  REQUIRE(replay.results.size() == first.results.size());
  for (size_t i = 0; i < first.results.size(); ++i) {
    CHECK(replay.results[i].seq == first.results[i].seq);
    CHECK(replay.results[i].outcome == first.results[i].outcome);
    CHECK(replay.results[i].rejection.code == first.results[i].rejection.code);
    CHECK(replay.results[i].rejection.field == first.results[i].rejection.field);
    CHECK(replay.results[i].rejection.messageEn == first.results[i].rejection.messageEn);
  }
}

TEST_CASE("the push log keeps only answers other than a plain acceptance, and a replay gets every answer") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.insert(QStringLiteral("participants_women"), qint64(99));  // more women than participants
  RecordVersion wrongClock = ServerFixture::newActivity(kBranch);
  wrongClock.hlc = makeHlc(1262304000000, 0);  // accepted, with the clock flagged
  const RecordVersion first = ServerFixture::newActivity(kBranch);
  const std::vector<PushItem> batch{ServerFixture::item(1, first), ServerFixture::item(2, bad),
                                    ServerFixture::item(3, ServerFixture::newActivity(kBranch)),
                                    ServerFixture::item(4, wrongClock),
                                    ServerFixture::item(5, ServerFixture::editOf(first, {}))};
  const PushBatchResult pushed = f.push(device, batch);
  {
    Transaction tx(f.db(), Transaction::Mode::Read);
    QSqlQuery logged = sql::run(tx.connection(), QStringLiteral("SELECT seq FROM push_results ORDER BY seq"));
    QList<qint64> seqs;
    while (logged.next()) seqs << logged.value(0).toLongLong();
    CHECK(seqs == QList<qint64>{2, 4});
  }
  // Answered from the log, item by item and all at once, as the first time.
  for (const std::vector<PushItem>& replayed :
       {batch, std::vector<PushItem>{batch[2]}, std::vector<PushItem>{batch[3], batch[4]}}) {
    const PushBatchResult replay = f.push(device, replayed);
    REQUIRE(replay.results.size() == replayed.size());
    for (size_t i = 0; i < replayed.size(); ++i) {
      const PushItemResult& was = pushed.results[replayed[i].seq - 1];
      CHECK(replay.results[i].seq == was.seq);
      CHECK(replay.results[i].outcome == was.outcome);
      CHECK(replay.results[i].rejection.code == was.rejection.code);
      CHECK(replay.results[i].rejection.messageVi == was.rejection.messageVi);
    }
  }
  CHECK(pushed.results[1].outcome == PushOutcome::Rejected);
  CHECK(pushed.results[3].rejection.code == ReasonCode::ImplausibleTime);
  CHECK(f.versionCount() == 4);
}

TEST_CASE("a gap in a device's sequence is refused and nothing is stored") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  f.push(device, {ServerFixture::item(1, ServerFixture::newActivity(kBranch))});
  const PushBatchResult result = f.push(device, {ServerFixture::item(3, ServerFixture::newActivity(kBranch))});
  CHECK(result.sequenceGap);
  CHECK(result.lastSeq == 1);
  CHECK(result.results.empty());
  CHECK(f.versionCount() == 1);
  CHECK(f.reload(device).lastSeq == 1);
}

TEST_CASE("a rejected item still advances the sequence and does not block the rest") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  RecordVersion bad = ServerFixture::newActivity(kBranch);
  bad.fields.remove(QStringLiteral("title"));
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, bad),
                                                 ServerFixture::item(2, ServerFixture::newActivity(kBranch))});
  REQUIRE(result.results.size() == 2);
  CHECK(result.results[0].outcome == PushOutcome::Rejected);
  CHECK(result.results[0].rejection.code == ReasonCode::InvalidField);
  CHECK(result.results[0].rejection.field == QStringLiteral("title"));
  CHECK_FALSE(result.results[0].rejection.messageVi.isEmpty());
  CHECK(result.results[1].outcome == PushOutcome::Accepted);
  CHECK(result.lastSeq == 2);
  CHECK(f.versionCount() == 1);
}

TEST_CASE("a malformed item is rejected without blocking the rest") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  PushItem malformed{1, RecordVersion{}, rejectionFor(ReasonCode::Malformed, QStringLiteral("record_id"))};
  const PushBatchResult result = f.push(device, {malformed, ServerFixture::item(2, ServerFixture::newActivity(kBranch))});
  CHECK(result.results[0].outcome == PushOutcome::Rejected);
  CHECK(result.results[0].rejection.code == ReasonCode::Malformed);
  CHECK(result.results[1].outcome == PushOutcome::Accepted);
  CHECK(result.lastSeq == 2);
}

TEST_CASE("an out-of-scope write is rejected and nothing is stored") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const PushBatchResult result =
      f.push(device, {ServerFixture::item(1, ServerFixture::newActivity(kOtherCommuneBranch))});
  CHECK(result.results[0].outcome == PushOutcome::Rejected);
  CHECK(result.results[0].rejection.code == ReasonCode::OutOfScope);
  CHECK(result.lastSeq == 1);
  CHECK(f.versionCount() == 0);
}

TEST_CASE("author and device come from the device, not from what the client claims") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  f.push(device, {ServerFixture::item(1, v1)});
  const auto stored = f.version(v1.versionId);
  CHECK(stored->version.deviceId == device.id);
  CHECK(stored->version.authorId == device.personId);
}

TEST_CASE("the same version id with different content is a conflict and both copies are kept") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion original = ServerFixture::newActivity(kBranch);
  RecordVersion reused = original;
  reused.fields.insert(QStringLiteral("title"), QStringLiteral("Nội dung khác"));
  f.push(device, {ServerFixture::item(1, original)});
  const PushBatchResult result = f.push(device, {ServerFixture::item(2, reused)});
  CHECK(result.results[0].outcome == PushOutcome::Conflict);
  CHECK(result.results[0].rejection.code == ReasonCode::IdReused);
  CHECK(f.versionCount() == 1);
  CHECK(f.conflictCopyCount() == 1);
  CHECK(f.version(original.versionId)->version.fields.value(QStringLiteral("title")) == QStringLiteral("Tuyên truyền"));
}

TEST_CASE("the same version resent under a new sequence number is accepted once") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  f.push(device, {ServerFixture::item(1, v1)});
  const PushBatchResult result = f.push(device, {ServerFixture::item(2, v1)});
  CHECK(result.results[0].outcome == PushOutcome::Accepted);
  CHECK(f.versionCount() == 1);
  CHECK(f.conflictCopyCount() == 0);
}

TEST_CASE("edits of different fields from the same base are merged (soft conflict)") {
  ServerFixture f;
  const Device a = f.enrolDevice(kBranch);
  const Device b = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  f.push(a, {ServerFixture::item(1, v1)});
  const RecordVersion fromA = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Tên mới")}});
  const RecordVersion fromB = ServerFixture::editOf(v1, {{QStringLiteral("place"), QStringLiteral("Sân đình")}});
  CHECK(f.push(a, {ServerFixture::item(2, fromA)}).results[0].outcome == PushOutcome::Accepted);
  const PushBatchResult result = f.push(b, {ServerFixture::item(1, fromB)});
  CHECK(result.results[0].outcome == PushOutcome::Merged);

  const auto head = f.record(v1.recordId);
  CHECK(head->conflict == ConflictState::Soft);
  CHECK(head->headVersionId != fromA.versionId);
  CHECK(head->headVersionId != fromB.versionId);
  const auto merged = f.version(head->headVersionId);
  CHECK(merged->version.fields.value(QStringLiteral("title")) == QStringLiteral("Tên mới"));
  CHECK(merged->version.fields.value(QStringLiteral("place")) == QStringLiteral("Sân đình"));
  CHECK(merged->version.baseVersionId == fromA.versionId);
  CHECK(merged->version.authorId == b.personId);
  CHECK(f.version(fromB.versionId));  // the edit itself is kept too
  CHECK(f.versionCount() == 4);
}

TEST_CASE("edits of the same field are both kept (hard conflict)") {
  ServerFixture f;
  const Device a = f.enrolDevice(kBranch);
  const Device b = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  f.push(a, {ServerFixture::item(1, v1)});
  const RecordVersion fromA = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Tên A")}});
  const RecordVersion fromB = ServerFixture::editOf(v1, {{QStringLiteral("title"), QStringLiteral("Tên B")}});
  f.push(a, {ServerFixture::item(2, fromA)});
  const PushBatchResult result = f.push(b, {ServerFixture::item(1, fromB)});
  CHECK(result.results[0].outcome == PushOutcome::Conflict);
  const auto head = f.record(v1.recordId);
  CHECK(head->conflict == ConflictState::Hard);
  CHECK(head->headVersionId == fromA.versionId);  // first come stays the head
  CHECK(f.version(fromA.versionId));
  CHECK(f.version(fromB.versionId));
}

TEST_CASE("an edit of an unknown base is rejected") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  RecordVersion orphan = ServerFixture::editOf(v1, {});
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, orphan)});
  CHECK(result.results[0].outcome == PushOutcome::Rejected);
  CHECK(result.results[0].rejection.code == ReasonCode::UnknownBase);
}

TEST_CASE("a record cannot change its kind") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  RecordVersion household = ServerFixture::editOf(v1, {});
  household.kind = RecordKind::Household;
  household.fields = {{QStringLiteral("head_name"), QStringLiteral("Nguyễn Văn B")}};
  const PushBatchResult result = f.push(device, {ServerFixture::item(1, v1), ServerFixture::item(2, household)});
  CHECK(result.results[1].outcome == PushOutcome::Rejected);
  CHECK(result.results[1].rejection.code == ReasonCode::KindMismatch);
}

TEST_CASE("a tombstone from the head marks the record deleted") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const RecordVersion v1 = ServerFixture::newActivity(kBranch);
  RecordVersion tombstone = ServerFixture::editOf(v1, {});
  tombstone.deleted = true;
  f.push(device, {ServerFixture::item(1, v1), ServerFixture::item(2, tombstone)});
  const auto head = f.record(v1.recordId);
  CHECK(head->deleted);
  CHECK(head->headVersionId == tombstone.versionId);
}

TEST_CASE("a push records when the device was seen and its clock offset") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const qint64 deviceTime = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
  f.pusher.push(device, {ServerFixture::item(1, ServerFixture::newActivity(kBranch))}, deviceTime);
  const Device seen = f.reload(device);
  CHECK(seen.lastSeenAt > 0);
  CHECK(seen.clockOffsetMs >= 3600 * 1000);
  CHECK(seen.clockOffsetMs < 3600 * 1000 + 60 * 1000);
}

TEST_CASE("a version stamped by a device with a wrong clock is stored but flagged") {
  ServerFixture f;
  const Device device = f.enrolDevice(kBranch);
  const qint64 now = QDateTime::currentMSecsSinceEpoch();
  RecordVersion fromThePast = ServerFixture::newActivity(kBranch);
  fromThePast.hlc = makeHlc(1262304000000, 0);  // 1 Jan 2010: the tablet's clock was reset
  RecordVersion fromTheFuture = ServerFixture::newActivity(kBranch);
  fromTheFuture.hlc = makeHlc(now + 3LL * 24 * 60 * 60 * 1000, 0);
  RecordVersion onTime = ServerFixture::newActivity(kBranch);
  onTime.hlc = makeHlc(now, 0);
  const PushBatchResult result = f.push(
      device, {ServerFixture::item(1, fromThePast), ServerFixture::item(2, fromTheFuture), ServerFixture::item(3, onTime)});
  REQUIRE(result.results.size() == 3);
  for (const PushItemResult& item : result.results) CHECK(item.outcome == PushOutcome::Accepted);
  CHECK(result.results[0].rejection.code == ReasonCode::ImplausibleTime);
  CHECK(result.results[1].rejection.code == ReasonCode::ImplausibleTime);
  CHECK(result.results[2].rejection.code == ReasonCode::None);
  CHECK(f.versionCount() == 3);  // nothing a user saved is dropped for its clock
  // A replay is answered with the same flag.
  const PushBatchResult replay = f.push(device, {ServerFixture::item(1, fromThePast)});
  CHECK(replay.results[0].rejection.code == ReasonCode::ImplausibleTime);
}

TEST_CASE("a review decision's level is the deciding device's, whatever the device says") {
  ServerFixture f;
  const Device tablet = f.enrolDevice(kBranch);
  const RecordVersion reviewed = ServerFixture::newActivity(kBranch);
  REQUIRE(f.push(tablet, {ServerFixture::item(1, reviewed)}).results[0].outcome == PushOutcome::Accepted);
  const Device district = f.enrolDevice(QStringLiteral("164"));
  RecordVersion decision = ServerFixture::newActivity(kBranch);
  decision.kind = RecordKind::ReviewDecision;
  decision.fields = {{QStringLiteral("record_id"), reviewed.recordId},
                     {QStringLiteral("reviewed_version_id"), reviewed.versionId},
                     {QStringLiteral("outcome"), 1},
                     {QStringLiteral("reviewer_level"), static_cast<int>(UnitLevel::Commune)}};  // a false claim
  REQUIRE(f.push(district, {ServerFixture::item(1, decision)}).results[0].outcome == PushOutcome::Accepted);
  const std::optional<StoredVersion> stored = f.version(decision.versionId);
  REQUIRE(stored);
  CHECK(stored->version.fields.value(QStringLiteral("reviewer_level")).toInt() == static_cast<int>(UnitLevel::District));
}
