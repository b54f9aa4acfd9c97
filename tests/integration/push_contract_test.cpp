// The push and pull contract as seen on the wire, against a real sohoi-server process on loopback.
#include "ids/uuid7.h"
#include "schema_version.h"
#include "support/province_fixture.h"
#include "support/raw_device.h"
#include "wire/record_codec.h"
#include "wire/zlib_bytes.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");        // a branch of phường Phan Đình Phùng
const QString kOtherCommuneBranch = QStringLiteral("05953-1");  // a branch of xã Lương Phú, another district

using Fixture = ProvinceFixture;

int countChanges(RawDevice& device) { return static_cast<int>(device.pullAll().size()); }

}  // namespace

TEST_CASE("a replayed push creates nothing new and gets the same answer") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const v1::PushRequest request =
      device.pushRequest({device.newActivity(kBranch), device.newActivity(kBranch)}, 1);
  v1::PushResponse first, second;
  REQUIRE(device.push(request, &first).status.ok());
  REQUIRE(device.push(request, &second).status.ok());
  REQUIRE(first.results_size() == 2);
  REQUIRE(second.results_size() == 2);
  for (int i = 0; i < 2; ++i) {
    CHECK(first.results(i).outcome() == v1::OUTCOME_ACCEPTED);
    CHECK(second.results(i).outcome() == first.results(i).outcome());
    CHECK(second.results(i).seq() == first.results(i).seq());
  }
  CHECK(second.last_seq() == 2);
  CHECK(countChanges(device) == 2);
}

TEST_CASE("a gap in a device's sequence is refused and nothing is stored") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PushResponse response;
  REQUIRE(device.push(device.pushRequest({device.newActivity(kBranch)}, 5), &response).status.ok());
  CHECK(response.sequence_gap());
  CHECK(response.last_seq() == 0);
  CHECK(response.results_size() == 0);
  CHECK(countChanges(device) == 0);
}

TEST_CASE("one invalid record in a batch is rejected with its reason while the rest are accepted") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  RecordVersion invalid = device.newActivity(kBranch);
  invalid.fields["participants_women"] = 99;  // more women than participants
  v1::PushResponse response;
  REQUIRE(device
              .push(device.pushRequest({device.newActivity(kBranch), invalid, device.newActivity(kBranch)}, 1),
                    &response)
              .status.ok());
  REQUIRE(response.results_size() == 3);
  CHECK(response.results(0).outcome() == v1::OUTCOME_ACCEPTED);
  CHECK(response.results(1).outcome() == v1::OUTCOME_REJECTED);
  CHECK(response.results(1).reason() == v1::REASON_CODE_INVALID_FIELD);
  CHECK(response.results(1).field() == "participants_women");
  CHECK_FALSE(response.results(1).message_vi().empty());
  CHECK_FALSE(response.results(1).message_en().empty());
  CHECK(response.results(2).outcome() == v1::OUTCOME_ACCEPTED);
  CHECK(response.last_seq() == 3);  // the rejected item still advances the sequence
  CHECK(countChanges(device) == 2);
}

TEST_CASE("the same version id with different content is a conflict and both versions are kept") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const RecordVersion original = device.newActivity(kBranch, QStringLiteral("Bản gốc"));
  RecordVersion impostor = original;
  impostor.fields["title"] = QStringLiteral("Bản khác");
  v1::PushResponse first, second;
  REQUIRE(device.push(device.pushRequest({original}, 1), &first).status.ok());
  REQUIRE(device.push(device.pushRequest({impostor}, 2), &second).status.ok());
  REQUIRE(second.results_size() == 1);
  CHECK(second.results(0).outcome() == v1::OUTCOME_CONFLICT);
  CHECK(second.results(0).reason() == v1::REASON_CODE_ID_REUSED);
  // The stored version is still the original: nothing was overwritten.
  const auto changes = device.pullAll();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].version().activity().title() == "Bản gốc");
  QString output;
  REQUIRE(runAdmin({"--db", fixture.db, "conflicts"}, &output) == 0);
  CHECK(output.contains(QStringLiteral("Bản khác")));
}

TEST_CASE("a write outside the device's scope is refused for that item and nothing is stored") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PushResponse response;
  REQUIRE(device.push(device.pushRequest({device.newActivity(kOtherCommuneBranch)}, 1), &response).status.ok());
  REQUIRE(response.results_size() == 1);
  CHECK(response.results(0).outcome() == v1::OUTCOME_REJECTED);
  CHECK(response.results(0).reason() == v1::REASON_CODE_OUT_OF_SCOPE);
  RawDevice other = fixture.rawDevice(kOtherCommuneBranch);
  CHECK(countChanges(other) == 0);
}

TEST_CASE("a device never receives another commune's records") {
  Fixture fixture;
  RawDevice here = fixture.rawDevice(kBranch);
  RawDevice there = fixture.rawDevice(kOtherCommuneBranch);
  v1::PushResponse response;
  REQUIRE(there.push(there.pushRequest({there.newActivity(kOtherCommuneBranch)}, 1), &response).status.ok());
  REQUIRE(here.push(here.pushRequest({here.newActivity(kBranch)}, 1), &response).status.ok());
  const auto changes = here.pullAll();
  REQUIRE(changes.size() == 1);
  CHECK(changes[0].version().unit_id() == kBranch.toStdString());
}

// A device's first pull from an empty cursor: the request (to page on from) and its answer.
std::pair<v1::PullRequest, v1::PullResponse> firstPull(RawDevice& device) {
  v1::PullRequest request;
  *request.mutable_client() = device.clientInfo();
  v1::PullResponse response;
  REQUIRE(device.pull(request, &response).status.ok());
  REQUIRE(response.has_reference());
  return {request, response};
}

TEST_CASE("the first page of a pull carries the reference data, and a pull naming its version does not") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  auto [request, response] = firstPull(device);
  CHECK(response.reference().plan().year() == 2021);
  CHECK(response.reference().version().size() == 64);  // hex SHA-256
  CHECK(response.units_size() == 0);
  CHECK_FALSE(response.server_epoch().empty());

  request.set_cursor(response.next_cursor());
  request.set_reference_version(response.reference().version());
  v1::PullResponse next;
  REQUIRE(device.pull(request, &next).status.ok());
  CHECK_FALSE(next.has_reference());
}

TEST_CASE("a push that asks for a pull is answered with the page a pull after it would bring") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  RawDevice neighbour = fixture.rawDevice(kBranch);
  auto [request, first] = firstPull(device);
  request.set_cursor(first.next_cursor());
  request.set_reference_version(first.reference().version());
  request.set_omit_own_current(true);
  v1::PushResponse theirs;
  REQUIRE(neighbour.push(neighbour.pushRequest({neighbour.newActivity(kBranch)}, 1), &theirs).status.ok());

  v1::PushRequest push = device.pushRequest({device.newActivity(kBranch), device.newActivity(kBranch)}, 1);
  *push.mutable_then_pull() = request;
  v1::PushResponse answer;
  REQUIRE(device.push(push, &answer).status.ok());
  REQUIRE(answer.results_size() == 2);
  REQUIRE(answer.has_pulled());
  // The neighbour's record, not the two just pushed (the device holds them), and the push's sequence.
  REQUIRE(answer.pulled().changes_size() == 1);
  CHECK(answer.pulled().changes(0).version().device_id() == neighbour.enrolment().device_id());
  CHECK(answer.pulled().last_seq() == 2);
  CHECK_FALSE(answer.pulled().has_reference());
  CHECK_FALSE(answer.pulled().has_more());

  // Where the page ends is where a pull after the push would have ended.
  v1::PullResponse after;
  REQUIRE(device.pull(request, &after).status.ok());
  CHECK(after.next_cursor() == answer.pulled().next_cursor());
  CHECK(after.changes_size() == 1);
}

TEST_CASE("a push turned away by a gap in its sequence carries no page") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PushRequest push = device.pushRequest({device.newActivity(kBranch)}, 5);
  *push.mutable_then_pull()->mutable_client() = device.clientInfo();
  v1::PushResponse answer;
  REQUIRE(device.push(push, &answer).status.ok());
  CHECK(answer.sequence_gap());
  CHECK_FALSE(answer.has_pulled());
}

// The units a pull's reference data names, by id, with their parents.
template <typename Units>
QHash<QString, QString> parentsOf(const Units& units) {
  QHash<QString, QString> parents;
  for (const v1::OrgUnit& unit : units)
    parents.insert(QString::fromStdString(unit.id()), QString::fromStdString(unit.parent_id()));
  return parents;
}

TEST_CASE("a branch's reference data holds its ancestors and its own unit, not the rest of the province") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const QHash<QString, QString> parents = parentsOf(firstPull(device).second.reference().units());
  CHECK(parents.size() == 4);
  CHECK(parents.value(kBranch) == QStringLiteral("05449"));
  CHECK(parents.value(QStringLiteral("05449")) == QStringLiteral("164"));
  CHECK(parents.value(QStringLiteral("164")) == QStringLiteral("19"));
  CHECK(parents.contains(QStringLiteral("19")));

  // Its commune's staff get the commune's branches too, still nothing of another commune.
  RawDevice commune = fixture.rawDevice(QStringLiteral("05449"));
  const QHash<QString, QString> communeUnits = parentsOf(firstPull(commune).second.reference().units());
  CHECK(communeUnits.contains(kBranch));
  CHECK(communeUnits.contains(QStringLiteral("05449-2")));
  CHECK_FALSE(communeUnits.contains(QStringLiteral("05431")));
  CHECK_FALSE(communeUnits.contains(kOtherCommuneBranch));
}

TEST_CASE("the plan's text comes compressed to apps that read it so, and as text to older apps") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const v1::PlanFile compressed = firstPull(device).second.reference().plan();
  CHECK(compressed.text().empty());
  REQUIRE_FALSE(compressed.text_zlib().empty());

  v1::PullRequest request;
  *request.mutable_client() = device.clientInfo();
  request.mutable_client()->set_schema_version(kCompressedPlanSchemaVersion - 1);
  v1::PullResponse response;
  REQUIRE(device.pull(request, &response).status.ok());
  const v1::PlanFile plain = response.reference().plan();
  CHECK(plain.text_zlib().empty());
  REQUIRE_FALSE(plain.text().empty());
  // The same plan either way, and compressed to a fraction of it.
  CHECK(zlibDecompress(QByteArray::fromStdString(compressed.text_zlib()), 1 << 22) ==
        QByteArray::fromStdString(plain.text()));
  CHECK(compressed.text_zlib().size() * 3 < plain.text().size());
  CHECK(compressed.year() == plain.year());
  CHECK(compressed.file_name() == plain.file_name());
}

TEST_CASE("an app of schema version 1 still gets the org tree on its first page") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PullRequest request;
  *request.mutable_client() = device.clientInfo();
  request.mutable_client()->set_schema_version(1);
  v1::PullResponse response;
  REQUIRE(device.pull(request, &response).status.ok());
  CHECK(parentsOf(response.units()).value(kBranch) == QStringLiteral("05449"));
  CHECK_FALSE(response.has_reference());
}

TEST_CASE("malformed items are refused with a clear reason and nothing is stored") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PushRequest request = device.pushRequest({device.newActivity(kBranch), device.newActivity(kBranch)}, 1);
  request.mutable_mutations(0)->mutable_version()->set_record_id("not sixteen bytes");
  request.mutable_mutations(1)->mutable_version()->clear_activity();
  v1::PushResponse response;
  REQUIRE(device.push(request, &response).status.ok());
  REQUIRE(response.results_size() == 2);
  CHECK(response.results(0).reason() == v1::REASON_CODE_MALFORMED);
  CHECK(response.results(1).reason() == v1::REASON_CODE_MALFORMED);
  CHECK(countChanges(device) == 0);
}

TEST_CASE("an oversized push is refused as a whole and nothing is stored") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  std::vector<RecordVersion> versions;
  for (int i = 0; i < 1200; ++i) versions.push_back(device.newActivity(kBranch));
  v1::PushResponse response;
  const CallResult result = device.push(device.pushRequest(versions, 1), &response);
  CHECK_FALSE(result.status.ok());
  CHECK((result.status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED ||
         result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT));
  CHECK_FALSE(result.status.error_message().empty());
  CHECK(countChanges(device) == 0);
}

TEST_CASE("an unenrolled device is refused") {
  Fixture fixture;
  RawDevice stranger(fixture.server.address());
  stranger.setCredential("made-up-credential");
  v1::PushResponse response;
  const CallResult result = stranger.push(stranger.pushRequest({}, 1), &response);
  CHECK(result.status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(result.reason == "UNAUTHENTICATED");
}

TEST_CASE("a used enrolment code cannot enrol a second device") {
  Fixture fixture;
  const std::string code = issueCode(fixture.db, kBranch);
  RawDevice first(fixture.server.address()), second(fixture.server.address());
  REQUIRE(first.enroll(code).status.ok());
  const CallResult again = second.enroll(code);
  CHECK_FALSE(again.status.ok());
  CHECK(again.reason == "BAD_ENROLMENT_CODE");
}

TEST_CASE("a revoked device is refused at its next call") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const QString deviceId = uuidFromBytes(device.enrolment().device_id());
  REQUIRE(runAdmin({"--db", fixture.db, "revoke", deviceId}) == 0);
  v1::PullResponse response;
  v1::PullRequest request;
  *request.mutable_client() = device.clientInfo();
  const CallResult result = device.pull(request, &response);
  CHECK(result.status.error_code() == grpc::StatusCode::UNAUTHENTICATED);
  CHECK(result.reason == "REVOKED");
}

TEST_CASE("an app reporting an old schema version is told to update") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  v1::PushRequest request = device.pushRequest({device.newActivity(kBranch)}, 1);
  request.mutable_client()->set_schema_version(0);
  v1::PushResponse response;
  const CallResult result = device.push(request, &response);
  CHECK(result.status.error_code() == grpc::StatusCode::FAILED_PRECONDITION);
  CHECK(result.reason == "UPDATE_NEEDED");
  CHECK(countChanges(device) == 0);
}

TEST_CASE("an app of schema version 3 keeps syncing: its records without the new fields are accepted, and it "
          "is not sent the kinds it cannot read") {
  Fixture fixture;
  const QString commune = QStringLiteral("05449");
  RawDevice oldBranch = fixture.rawDevice(kBranch);
  // A household visit and a person as an app before poverty status, help links and sex makes them.
  RecordVersion household = oldBranch.newActivity(kBranch);
  household.kind = RecordKind::Household;
  household.fields = {{"head_name", QStringLiteral("Hoàng Thị Hoa")}, {"female_headed", true}};
  RecordVersion visit = oldBranch.newActivity(kBranch);
  visit.kind = RecordKind::HouseholdVisit;
  visit.fields = {{"household_id", household.recordId}, {"date", QDate(2021, 3, 8)}, {"no_poverty", true}};
  RecordVersion person = oldBranch.newActivity(kBranch);
  person.kind = RecordKind::Person;
  person.fields = {{"full_name", QStringLiteral("Lò Thị Mai")}, {"role", 4}};
  v1::PushRequest old = oldBranch.pushRequest({household, visit, person}, 1);
  old.mutable_client()->set_schema_version(3);
  v1::PushResponse pushed;
  REQUIRE(oldBranch.push(old, &pushed).status.ok());
  REQUIRE(pushed.results_size() == 3);
  for (const v1::MutationResult& result : pushed.results()) CHECK(result.outcome() == v1::OUTCOME_ACCEPTED);

  // The commune records its congress with a current app.
  RawDevice officer = fixture.rawDevice(commune);
  RecordVersion congress = officer.newActivity(commune);
  congress.kind = RecordKind::Congress;
  congress.fields = {{"start_date", QDate(2021, 3, 2)}, {"end_date", QDate(2021, 3, 3)}, {"pilot", true}};
  v1::PushResponse recorded;
  REQUIRE(officer.push(officer.pushRequest({congress}, 1), &recorded).status.ok());
  REQUIRE(recorded.results(0).outcome() == v1::OUTCOME_ACCEPTED);

  const auto kindsPulled = [&](unsigned schema) {
    RawDevice reader = fixture.rawDevice(commune);
    v1::PullRequest request;
    *request.mutable_client() = reader.clientInfo();
    request.mutable_client()->set_schema_version(schema);
    v1::PullResponse response;
    REQUIRE(reader.pull(request, &response).status.ok());
    QStringList kinds;
    for (const v1::Change& change : response.changes()) {
      RecordVersion version;
      REQUIRE_FALSE(fromProto(change.version(), &version));  // every change is readable by that app
      kinds.append(recordKindName(version.kind));
    }
    return kinds;
  };
  const QStringList oldKinds = kindsPulled(3);
  CHECK(oldKinds.contains(QStringLiteral("household_visit")));
  CHECK_FALSE(oldKinds.contains(QStringLiteral("congress")));
  CHECK(kindsPulled(kSchemaVersion).contains(QStringLiteral("congress")));
}
