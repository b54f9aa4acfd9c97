// Who may touch which records, as an independent client finds it on the wire (DESIGN §6a): a device
// reaches only its own scope's records, and only the roles whose job it is may decide on them.
#include "ids/uuid7.h"
#include "support/raw_device.h"
#include "support/province_fixture.h"
#include "support/server_view.h"
#include "support/test_device.h"
#include "wire/record_codec.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranchA = QStringLiteral("05449-1");
const QString kBranchB = QStringLiteral("05449-2");
const QString kCommune = QStringLiteral("05449");  // both branches' commune unit
const QString kDistrict = QStringLiteral("164");

// One enrolled device and its own sequence numbers.
struct Actor {
  RawDevice device;
  quint64 seq = 0;
  QByteArray cursor;

  v1::MutationResult push(const RecordVersion& version) {
    v1::PushResponse response;
    REQUIRE(device.push(device.pushRequest({version}, ++seq), &response).status.ok());
    REQUIRE(response.results_size() == 1);
    return response.results(0);
  }
  /// The changes since this actor's last pull.
  std::vector<v1::Change> pullNew() {
    std::vector<v1::Change> changes;
    for (bool more = true; more;) {
      v1::PullRequest request;
      *request.mutable_client() = device.clientInfo();
      request.set_cursor(cursor.toStdString());
      v1::PullResponse response;
      REQUIRE(device.pull(request, &response).status.ok());
      changes.insert(changes.end(), response.changes().begin(), response.changes().end());
      cursor = QByteArray::fromStdString(response.next_cursor());
      more = response.has_more();
    }
    return changes;
  }
};

struct Fixture : ProvinceFixture {
  Actor enrolled(const QString& unit, const QString& role = {}) { return Actor{rawDevice(unit, role), 0, {}}; }
};

RecordVersion editOf(const RecordVersion& base, const QString& unitId, const QString& title) {
  RecordVersion edit = base;
  edit.versionId = newUuid7();
  edit.baseVersionId = base.versionId;
  edit.unitId = unitId;
  edit.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 1);
  edit.fields.insert(QStringLiteral("title"), title);
  return edit;
}

RecordVersion tombstoneOf(const RecordVersion& base) {
  RecordVersion tombstone = editOf(base, base.unitId, base.fields.value(QStringLiteral("title")).toString());
  tombstone.deleted = true;
  return tombstone;
}

RecordVersion approval(const RecordVersion& reviewed) {
  RecordVersion decision;
  decision.recordId = newUuid7();
  decision.versionId = newUuid7();
  decision.unitId = reviewed.unitId;
  decision.kind = RecordKind::ReviewDecision;
  decision.hlc = makeHlc(QDateTime::currentMSecsSinceEpoch(), 0);
  decision.fields = {{QStringLiteral("record_id"), reviewed.recordId},
                     {QStringLiteral("reviewed_version_id"), reviewed.versionId},
                     {QStringLiteral("outcome"), 1}};
  return decision;
}

// Every change a device holds for record, as (version id, head version id) pairs.
std::vector<std::pair<QString, QString>> changesOf(const std::vector<v1::Change>& changes, const QString& recordId) {
  std::vector<std::pair<QString, QString>> found;
  for (const v1::Change& change : changes)
    if (uuidFromBytes(change.version().record_id()) == recordId)
      found.emplace_back(uuidFromBytes(change.version().version_id()),
                         uuidFromBytes(change.head_version_id()));
  return found;
}

QString headOf(Actor& actor, const QString& recordId) {
  const auto changes = changesOf(actor.device.pullAll(), recordId);
  return changes.empty() ? QString() : changes.back().second;
}

}  // namespace

TEST_CASE("a branch device can neither edit nor delete another branch's record") {
  Fixture f;
  Actor owner = f.enrolled(kBranchB), other = f.enrolled(kBranchA);
  const RecordVersion original = owner.device.newActivity(kBranchB);
  REQUIRE(owner.push(original).outcome() == v1::OUTCOME_ACCEPTED);

  const v1::MutationResult edit = other.push(editOf(original, kBranchA, QStringLiteral("Chiếm")));
  CHECK(edit.outcome() == v1::OUTCOME_REJECTED);
  CHECK(edit.reason() == v1::REASON_CODE_OUT_OF_SCOPE);
  const v1::MutationResult deletion = other.push(tombstoneOf(original));
  CHECK(deletion.outcome() == v1::OUTCOME_REJECTED);
  CHECK(deletion.reason() == v1::REASON_CODE_OUT_OF_SCOPE);

  // The owner's record is untouched: still its own version, in its own branch, not deleted.
  const std::vector<v1::Change> mine = owner.device.pullAll();
  REQUIRE(changesOf(mine, original.recordId).size() == 1);
  CHECK(headOf(owner, original.recordId) == original.versionId);
  CHECK(changesOf(other.device.pullAll(), original.recordId).empty());
}

TEST_CASE("reusing another branch's record id is refused and reveals and marks nothing") {
  Fixture f;
  Actor owner = f.enrolled(kBranchB), other = f.enrolled(kBranchA);
  const RecordVersion original = owner.device.newActivity(kBranchB);
  REQUIRE(owner.push(original).outcome() == v1::OUTCOME_ACCEPTED);

  RecordVersion squatter = other.device.newActivity(kBranchA);
  squatter.recordId = original.recordId;
  const v1::MutationResult result = other.push(squatter);
  CHECK(result.outcome() == v1::OUTCOME_REJECTED);
  CHECK(result.reason() == v1::REASON_CODE_OUT_OF_SCOPE);
  CHECK(result.field().empty());  // the answer names nothing of the other record

  // Nothing of it reaches the caller; the owner's record carries no conflict flag.
  for (const v1::Change& change : other.device.pullAll())
    CHECK(uuidFromBytes(change.head_version_id()) != original.versionId);
  CHECK(changesOf(other.device.pullAll(), original.recordId).empty());
  for (const v1::Change& change : owner.device.pullAll()) CHECK(change.conflict() == v1::CONFLICT_STATE_NONE);

  // Nor does reusing one of its version ids store a copy or say "conflict".
  RecordVersion copycat = other.device.newActivity(kBranchA);
  copycat.versionId = original.versionId;
  const v1::MutationResult reused = other.push(copycat);
  CHECK(reused.outcome() == v1::OUTCOME_REJECTED);
  CHECK(reused.reason() == v1::REASON_CODE_OUT_OF_SCOPE);
}

TEST_CASE("only a level above a record may approve it: not its branch leader, not a member") {
  Fixture f;
  Actor leader = f.enrolled(kBranchA), member = f.enrolled(kBranchA, QStringLiteral("member"));
  Actor district = f.enrolled(kDistrict);
  CHECK(leader.device.enrolment().role() == "branch_leader");  // the app offers what the role allows
  CHECK(member.device.enrolment().role() == "member");
  const RecordVersion record = leader.device.newActivity(kBranchA);
  REQUIRE(leader.push(record).outcome() == v1::OUTCOME_ACCEPTED);

  const v1::MutationResult byLeader = leader.push(approval(record));
  CHECK(byLeader.outcome() == v1::OUTCOME_REJECTED);
  CHECK(byLeader.reason() == v1::REASON_CODE_NOT_PERMITTED);
  const v1::MutationResult byMember = member.push(approval(record));
  CHECK(byMember.outcome() == v1::OUTCOME_REJECTED);
  CHECK(byMember.reason() == v1::REASON_CODE_NOT_PERMITTED);
  CHECK(member.push(member.device.newActivity(kBranchA)).reason() == v1::REASON_CODE_NOT_PERMITTED);

  CHECK(district.push(approval(record)).outcome() == v1::OUTCOME_ACCEPTED);
}

TEST_CASE("an edit from an old base cannot follow a record that moved out of the editor's scope") {
  Fixture f;
  Actor branchA = f.enrolled(kBranchA), commune = f.enrolled(kCommune);
  const RecordVersion original = branchA.device.newActivity(kBranchA);
  REQUIRE(branchA.push(original).outcome() == v1::OUTCOME_ACCEPTED);
  const RecordVersion moved = editOf(original, kBranchB, original.fields.value(QStringLiteral("title")).toString());
  REQUIRE(commune.push(moved).outcome() == v1::OUTCOME_ACCEPTED);

  RecordVersion late = editOf(original, kBranchA, original.fields.value(QStringLiteral("title")).toString());
  late.fields.insert(QStringLiteral("place"), QStringLiteral("Nhà văn hóa xóm"));  // another field: would merge
  const v1::MutationResult result = branchA.push(late);
  CHECK(result.outcome() == v1::OUTCOME_REJECTED);
  CHECK(result.reason() == v1::REASON_CODE_OUT_OF_SCOPE);

  Actor branchB = f.enrolled(kBranchB);
  CHECK(headOf(branchB, original.recordId) == moved.versionId);
}

TEST_CASE("a record that moves out of a device's scope is removed there, and arrives where it moves in") {
  Fixture f;
  Actor branchA = f.enrolled(kBranchA), branchB = f.enrolled(kBranchB), commune = f.enrolled(kCommune);
  const RecordVersion original = branchA.device.newActivity(kBranchA);
  REQUIRE(branchA.push(original).outcome() == v1::OUTCOME_ACCEPTED);
  REQUIRE(changesOf(branchA.pullNew(), original.recordId).size() == 1);
  branchB.pullNew();

  RecordVersion moved = editOf(original, kBranchB, QStringLiteral("Nội dung mới của chi hội 2"));
  REQUIRE(commune.push(moved).outcome() == v1::OUTCOME_ACCEPTED);

  // A hears only that it is gone: no content, no unit, no head.
  const std::vector<v1::Change> atA = branchA.pullNew();
  REQUIRE(atA.size() == 1);
  CHECK(atA[0].left_scope());
  CHECK(uuidFromBytes(atA[0].version().record_id()) == original.recordId);
  CHECK(atA[0].version().unit_id().empty());
  CHECK(atA[0].version().payload_case() == v1::RecordVersion::PAYLOAD_NOT_SET);
  CHECK(atA[0].head_version_id().empty());
  // B receives the record whole.
  const std::vector<v1::Change> atB = branchB.pullNew();
  REQUIRE(atB.size() == 1);
  CHECK_FALSE(atB[0].left_scope());
  CHECK(atB[0].version().activity().title() == "Nội dung mới của chi hội 2");

  // And back again: A receives it whole, B hears it left.
  REQUIRE(commune.push(editOf(moved, kBranchA, QStringLiteral("Trở về"))).outcome() == v1::OUTCOME_ACCEPTED);
  const std::vector<v1::Change> backAtA = branchA.pullNew();
  REQUIRE(backAtA.size() == 1);
  CHECK(backAtA[0].version().activity().title() == "Trở về");
  const std::vector<v1::Change> backAtB = branchB.pullNew();
  REQUIRE(backAtB.size() == 1);
  CHECK(backAtB[0].left_scope());
  // The commune holds both branches: it never hears of a departure.
  for (const v1::Change& change : commune.pullNew()) CHECK_FALSE(change.left_scope());
}

TEST_CASE("when a branch moves to another commune, its records leave the old commune's devices and reach the new") {
  ProvinceFixture fixture;
  const QString branch = QStringLiteral("05449-1"), newCommune = QStringLiteral("05452");
  TestDevice leader(fixture, "leader", branch, 1), oldCommune(fixture, "old", kCommune, 2, kBranchB),
      destination(fixture, "new", newCommune, 3, QStringLiteral("05452-1"));
  leader.create(6);
  oldCommune.create(2);
  for (TestDevice* device : {&leader, &oldCommune, &destination}) REQUIRE(device->sync().ok());
  const auto recordsIn = [&](TestDevice& device, const QString& unitId) {
    int count = 0;
    for (const RecordState& state : deviceRecords(device.store())) count += state.unitId == unitId;
    return count;
  };
  REQUIRE(recordsIn(oldCommune, branch) == 6);
  REQUIRE(recordsIn(destination, branch) == 0);

  REQUIRE(runAdmin({"--db", fixture.db, "move-unit", branch, "--to", newCommune, "--from", "2021-07-01"}) == 0);
  for (TestDevice* device : {&leader, &oldCommune, &destination}) REQUIRE(device->sync().ok());

  CHECK(recordsIn(oldCommune, branch) == 0);
  CHECK(recordsIn(oldCommune, kBranchB) == 2);  // its own branch's records stay
  CHECK(recordsIn(destination, branch) == 6);
  CHECK(recordsIn(leader, branch) == 6);         // the branch itself keeps all of its own
}

TEST_CASE("a record may not name another branch's records: a visit to its household, its people in a training") {
  Fixture f;
  Actor owner = f.enrolled(kBranchB), other = f.enrolled(kBranchA);
  const auto make = [](Actor& actor, RecordKind kind, const QString& unitId, const QVariantMap& fields) {
    RecordVersion version = actor.device.newActivity(unitId);
    version.kind = kind;
    version.fields = fields;
    return version;
  };
  const RecordVersion household = make(owner, RecordKind::Household, kBranchB,
                                       {{"head_name", QStringLiteral("Nguyễn Thị Lan")}, {"hamlet", QStringLiteral("Xóm 2")}});
  REQUIRE(owner.push(household).outcome() == v1::OUTCOME_ACCEPTED);
  const RecordVersion person = make(owner, RecordKind::Person, kBranchB, {{"full_name", QStringLiteral("Hà Thị Mơ")}, {"role", 1}});
  REQUIRE(owner.push(person).outcome() == v1::OUTCOME_ACCEPTED);

  const QVariantMap visit{{"household_id", household.recordId}, {"date", QDate(2021, 5, 4)}, {"clean_house", true}};
  const v1::MutationResult foreignVisit = other.push(make(other, RecordKind::HouseholdVisit, kBranchA, visit));
  CHECK(foreignVisit.outcome() == v1::OUTCOME_REJECTED);
  CHECK(foreignVisit.reason() == v1::REASON_CODE_INVALID_FIELD);
  CHECK(foreignVisit.field() == "household_id");
  const QVariantMap training{{"kind", 1}, {"title", QStringLiteral("Tập huấn")}, {"date", QDate(2021, 5, 4)},
                             {"trainee_ids", QStringList{newUuid7(), person.recordId}}};
  const v1::MutationResult foreignTrainee = other.push(make(other, RecordKind::Training, kBranchA, training));
  CHECK(foreignTrainee.outcome() == v1::OUTCOME_REJECTED);
  CHECK(foreignTrainee.field() == "trainee_ids");

  // Its own household, and one it has not sent yet (an outbox sends in its own order), are fine.
  CHECK(owner.push(make(owner, RecordKind::HouseholdVisit, kBranchB, visit)).outcome() == v1::OUTCOME_ACCEPTED);
  QVariantMap later = visit;
  later.insert("household_id", newUuid7());
  CHECK(other.push(make(other, RecordKind::HouseholdVisit, kBranchA, later)).outcome() == v1::OUTCOME_ACCEPTED);
}
