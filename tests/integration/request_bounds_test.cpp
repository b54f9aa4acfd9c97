// Every text a device sends is bounded, on the wire to a real sohoi-server: a whole request with an over-long
// field is refused as invalid, naming the field; a pushed record with one is rejected for that item only.
#include "ids/uuid7.h"
#include "support/raw_device.h"
#include "support/province_fixture.h"

#include "sohoi/v1/report.grpc.pb.h"

#include <QTemporaryDir>
#include <catch2/catch.hpp>

using namespace sohoi;
using namespace sohoi::testing;

namespace {

const QString kBranch = QStringLiteral("05449-1");
// Longer than any bound, well within a request's size limit.
const std::string kHuge(1'000'000, 'x');

using Fixture = ProvinceFixture;

std::string syncMethod(const char* method) {
  return methodPath(v1::SyncService::service_full_name(), method);
}

void checkRefusedNaming(const CallResult& result, const std::string& field) {
  CHECK(result.status.error_code() == grpc::StatusCode::INVALID_ARGUMENT);
  CHECK(result.reason == "INVALID_FIELD");
  const std::string& message = result.status.error_message();
  CHECK(message.find(field) != std::string::npos);
  CHECK(message.find(" / ") != std::string::npos);  // Vietnamese, then English
  CHECK(message.size() < 1000);                     // the offending text is not echoed back
}

}  // namespace

TEST_CASE(
    "an enrolment with a device name of megabytes is refused, naming the field, and the code stays usable") {
  Fixture fixture;
  RawDevice device(fixture.server.address());
  const std::string code = issueCode(fixture.db, kBranch);
  v1::EnrollRequest request;
  *request.mutable_client() = device.clientInfo();
  request.set_code(code);
  request.set_device_name(std::string(3'000'000, 'x'));
  checkRefusedNaming(device.callRaw(syncMethod("Enroll"), request.SerializeAsString()), "device_name");
  CHECK(device.enroll(code).status.ok());
}

TEST_CASE("an over-long text in any whole request is refused, naming the field") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);

  v1::EnrollRequest enroll;
  *enroll.mutable_client() = device.clientInfo();
  enroll.set_code(kHuge);
  checkRefusedNaming(device.callRaw(syncMethod("Enroll"), enroll.SerializeAsString()), "code");

  v1::PushRequest push = device.pushRequest({device.newActivity(kBranch)}, 1);
  push.mutable_client()->set_app_version(kHuge);
  checkRefusedNaming(device.callRaw(syncMethod("Push"), push.SerializeAsString()), "client.app_version");

  v1::PullRequest pull;
  *pull.mutable_client() = device.clientInfo();
  pull.set_cursor(kHuge);
  checkRefusedNaming(device.callRaw(syncMethod("Pull"), pull.SerializeAsString()), "cursor");
  pull.clear_cursor();
  pull.set_reference_version(kHuge);
  checkRefusedNaming(device.callRaw(syncMethod("Pull"), pull.SerializeAsString()), "reference_version");

  // The same bounds hold for the pull a push asks for, and refuse the push with it: nothing is stored.
  v1::PushRequest pushThenPull = device.pushRequest({device.newActivity(kBranch)}, 1);
  *pushThenPull.mutable_then_pull() = pull;
  checkRefusedNaming(device.callRaw(syncMethod("Push"), pushThenPull.SerializeAsString()),
                     "then_pull.reference_version");
  CHECK(device.pullAll().empty());

  v1::GetProgressRequest progress;
  *progress.mutable_client() = device.clientInfo();
  progress.set_unit_id(kHuge);
  checkRefusedNaming(device.callRaw(methodPath(v1::ReportService::service_full_name(), "GetProgress"),
                                    progress.SerializeAsString()),
                     "unit_id");
}

TEST_CASE("a pushed record with an over-long text is rejected for that item, naming the field") {
  Fixture fixture;
  RawDevice device = fixture.rawDevice(kBranch);
  const RecordVersion kept = device.newActivity(kBranch);
  v1::PushResponse first;
  REQUIRE(device.push(device.pushRequest({kept}, 1), &first).status.ok());
  REQUIRE(first.results(0).outcome() == v1::OUTCOME_ACCEPTED);

  // Three texts of a third of a megabyte each stay below the push's own size limit.
  const QString tooLong(300'000, QChar('x'));
  // Blanks count: trimmed, this title would be short.
  RecordVersion padded =
      device.newActivity(kBranch, QStringLiteral("Sinh hoạt") + QString(tooLong.size(), QChar(' ')));
  // A tombstone is still a version every device in scope downloads.
  RecordVersion tombstone = kept;
  tombstone.versionId = newUuid7();
  tombstone.baseVersionId = kept.versionId;
  tombstone.deleted = true;
  tombstone.fields["title"] = tooLong;
  RecordVersion farUnit = device.newActivity(tooLong);
  v1::PushResponse response;
  REQUIRE(
      device.push(device.pushRequest({padded, tombstone, farUnit, device.newActivity(kBranch)}, 2), &response)
          .status.ok());
  REQUIRE(response.results_size() == 4);
  const std::vector<std::string> fields{"title", "title", "unit_id"};
  for (int i = 0; i < 3; ++i) {
    INFO("item " << i);
    const v1::MutationResult& result = response.results(i);
    CHECK(result.outcome() == v1::OUTCOME_REJECTED);
    CHECK(result.reason() == v1::REASON_CODE_INVALID_FIELD);
    CHECK(result.field() == fields[static_cast<size_t>(i)]);
    CHECK_FALSE(result.message_vi().empty());
    CHECK(result.message_en().size() < 1000);
  }
  CHECK(response.results(3).outcome() == v1::OUTCOME_ACCEPTED);
  CHECK(device.pullAll().size() == 2);
}
